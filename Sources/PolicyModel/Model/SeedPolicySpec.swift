/// The spec of the provisional GEP-1619 SessionPersistencePolicy.
public struct SeedPolicySpec: Sendable {
    /// `targetRef`.
    public let targetRef: PolicyTargetReference?
    /// `absoluteTimeoutSeconds`.
    public let absoluteTimeoutSeconds: Located<ScalarValue>?
    /// `idleTimeoutSeconds`.
    public let idleTimeoutSeconds: Located<ScalarValue>?
    /// `sessionName`.
    public let sessionName: Located<String>?
    /// `type` (`HTTPCookie` or `Header`), as the GEP's examples write it.
    public let type: Located<String>?
    /// Where the `spec` key is written.
    public let location: SourceLocation
}
