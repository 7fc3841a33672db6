/// Why the API server or a controller rejects the traffic of an entry, pointing at the
/// finding that says so: the rule and the place it reports.
public struct Rejection: Sendable, Hashable {
    /// Who rejects it.
    public enum Rejector: String, Sendable {
        /// The API server refuses the object: it never exists in the cluster.
        case apiServer = "api-server"
        /// The controller rejects the route or does not resolve the backend.
        case controller
    }

    /// Who rejects it.
    public let rejector: Rejector
    /// The rule whose finding reports it (`SPP301`).
    public let ruleID: String
    /// Where that finding points.
    public let location: SourceLocation
    /// Why, in a few words ("Service shop/cart has sessionAffinity: ClientIP").
    public let reason: String

    /// Creates a rejection.
    public init(rejector: Rejector, ruleID: String, location: SourceLocation, reason: String) {
        self.rejector = rejector
        self.ruleID = ruleID
        self.location = location
        self.reason = reason
    }
}
