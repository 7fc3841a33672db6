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

    /// The Service's `sessionAffinity: ClientIP` when session persistence applies to this
    /// traffic too: the combination GEP-1619 says must get the route rejected.
    public var conflictingAffinity: Located<String>? {
        guard persistence != nil, let service = backend.service, case .service(let spec) = service.spec,
              let affinity = spec.sessionAffinity, affinity.value == "ClientIP" else { return nil }
        return affinity
    }

    /// Where a finding about this traffic's persistence points: the route-level settings when
    /// they apply, otherwise the backendRef (the settings then live on another object).
    public var persistenceAnchor: (location: SourceLocation, path: FieldPath) {
        if let persistence, persistence.isRouteLevel { return (persistence.settings.location, persistence.settings.path) }
        return (backend.reference.location, backend.reference.path)
    }
}
