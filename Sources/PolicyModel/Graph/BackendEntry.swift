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
}
