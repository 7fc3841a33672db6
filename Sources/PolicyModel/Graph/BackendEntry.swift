/// One (route, rule, backend) triple and the persistence that applies to it, if any.
/// Immutable; a class so that rules iterating over every entry do not copy it.
public final class BackendEntry: Sendable {
    /// The route.
    public let route: RouteNode
    /// The rule.
    public let rule: RuleNode
    /// The backend.
    public let backend: BackendNode
    /// The persistence that applies; `nil` when none does.
    public let persistence: EffectivePersistence?

    /// Creates an entry.
    public init(route: RouteNode, rule: RuleNode, backend: BackendNode, persistence: EffectivePersistence?) {
        self.route = route
        self.rule = rule
        self.backend = backend
        self.persistence = persistence
    }

    /// Where a finding about this traffic's persistence points: the route-level settings when
    /// they apply, otherwise the backendRef (the settings then live on another object).
    public var persistenceAnchor: (location: SourceLocation, path: FieldPath) {
        if let persistence, persistence.isRouteLevel { return (persistence.settings.location, persistence.settings.path) }
        return (backend.reference.location, backend.reference.path)
    }
}
