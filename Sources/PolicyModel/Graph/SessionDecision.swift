/// GEP-1619's two-tier decision for one (route rule, backend): a request that carries a
/// session goes to the backend that issued it; any other request is placed by weight.
public struct SessionDecision: Sendable, Hashable {
    /// The first tier: the session token that pins requests, when persistence applies.
    public struct SessionTier: Sendable, Hashable {
        /// `cookie` or `header`.
        public let token: String
        /// The cookie or header name.
        public let name: String
        /// False when the implementation chooses the backend by weight for every request, so
        /// a session does not hold across the backends of a split.
        public let holdsAcrossBackends: Bool
    }

    /// The second tier: the weight that places new sessions (or every request).
    public struct WeightTier: Sendable, Hashable {
        /// This backend's weight.
        public let weight: Int64
        /// The rule's total weight.
        public let totalWeight: Int64
    }

    /// The session tier; `nil` without persistence.
    public let session: SessionTier?
    /// The weight tier.
    public let weights: WeightTier
}
