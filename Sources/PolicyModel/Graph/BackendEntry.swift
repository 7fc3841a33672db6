/// One (route, rule, backend) triple, the persistence that applies to it, whether its traffic
/// exists, and GEP-1619's two-tier decision for it. Immutable; a class so that rules
/// iterating over every entry do not copy it.
public final class BackendEntry: Sendable {
    /// The route.
    public let route: RouteNode
    /// The rule: one of the route's.
    public var rule: RuleNode { route.rules[Int(ruleIndex)] }
    /// The backend: one of the rule's.
    public var backend: BackendNode { route.rules[Int(ruleIndex)].backends[Int(backendIndex)] }
    // The rule and backend are found by their positions in the route: an entry holding copies
    // of them took about 470 bytes more, and a route may have thousands of entries.
    private let ruleIndex: UInt32
    private let backendIndex: UInt32
    /// The persistence configured for this traffic that wins precedence; `nil` when none is.
    public let persistence: EffectivePersistence?
    /// Whether the traffic exists and the persistence is applied.
    public let validity: EntryValidity
    /// The two-tier decision; `nil` when the traffic is rejected.
    public let decision: SessionDecision?

    /// Creates an entry for the backend at `backendIndex` of the rule at `ruleIndex` of `route`;
    /// the decision follows from the validity, the persistence and the weights.
    public init(route: RouteNode, ruleIndex: Int, backendIndex: Int, persistence: EffectivePersistence?,
                validity: EntryValidity = .applied, totalWeight: Int64? = nil, implementation: ImplementationProfile = .default) {
        self.route = route
        self.ruleIndex = UInt32(ruleIndex)
        self.backendIndex = UInt32(backendIndex)
        let rule = route.rules[ruleIndex]
        let backend = rule.backends[backendIndex]
        self.persistence = persistence
        self.validity = validity
        let weights = SessionDecision.WeightTier(weight: backend.weight,
                                                 totalWeight: totalWeight ?? rule.totalWeight)
        switch validity {
        case .rejected:
            decision = nil
        case .notApplied:
            decision = SessionDecision(session: nil, weights: weights)
        case .applied:
            decision = SessionDecision(session: persistence.map { persistence in
                SessionDecision.SessionTier(token: persistence.token, name: persistence.sessionName.value,
                                            holdsAcrossBackends: implementation.sessionHoldsAcrossSplit || rule.backends.count < 2)
            }, weights: weights)
        }
    }

    /// The persistence that really applies: `nil` when none is configured, or when the traffic
    /// is rejected or the implementation does not apply it.
    public var appliedPersistence: EffectivePersistence? {
        if case .applied = validity { return persistence }
        return nil
    }

    /// A Service's `sessionAffinity: ClientIP`, when the backend is a Service in the inputs with it.
    public static func clientIPAffinity(of backend: BackendNode) -> Located<String>? {
        guard let service = backend.service, case .service(let spec) = service.spec,
              let affinity = spec.sessionAffinity, affinity.value == "ClientIP" else { return nil }
        return affinity
    }

    /// The Service's `sessionAffinity: ClientIP` when session persistence applies to this
    /// traffic too: the combination GEP-1619 says must get the route rejected.
    public var conflictingAffinity: Located<String>? {
        guard persistence != nil else { return nil }
        return Self.clientIPAffinity(of: backend)
    }

    /// Where a finding about this traffic's persistence points: the route-level settings when
    /// they apply, otherwise the backendRef (the settings then live on another object).
    public var persistenceAnchor: (location: SourceLocation, path: FieldPath) {
        if let persistence, persistence.isRouteLevel { return (persistence.settings.location, persistence.settings.path) }
        return (backend.reference.location, backend.reference.path)
    }
}
