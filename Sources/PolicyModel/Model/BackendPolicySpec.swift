/// The spec of BackendLBPolicy or XBackendTrafficPolicy.
public struct BackendPolicySpec: Sendable {
    /// `targetRefs`.
    public let targetRefs: [PolicyTargetReference]
    /// `sessionPersistence`, when set.
    public let sessionPersistence: SessionPersistenceConfig?
}
