/// One (route, rule, backend) triple and the persistence that applies to it, if any.
public struct BackendEntry: Sendable {
    /// The route.
    public let route: RouteNode
    /// The rule.
    public let rule: RuleNode
    /// The backend.
    public let backend: BackendNode
    /// The persistence that applies; `nil` when none does.
    public let persistence: EffectivePersistence?

    /// Where a finding about this traffic's persistence points: the route-level settings when
    /// they apply, otherwise the backendRef (the settings then live on another object).
    public var persistenceAnchor: (location: SourceLocation, path: FieldPath) {
        if let persistence, persistence.isRouteLevel { return (persistence.settings.location, persistence.settings.path) }
        return (backend.reference.location, backend.reference.path)
    }
}
