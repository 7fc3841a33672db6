/// The spec of an HTTPRoute or GRPCRoute.
public struct RouteSpec: Sendable {
    /// A `parentRefs` entry.
    public struct ParentReference: Sendable {
        /// Where it is.
        public let location: SourceLocation
        /// Its field path (`spec.parentRefs[0]`).
        public let path: FieldPath
        /// `group`, defaulting to gateway.networking.k8s.io.
        public let group: String
        /// `kind`, defaulting to Gateway.
        public let kind: String
        /// `namespace`, when written.
        public let namespace: String?
        /// `name`.
        public let name: Located<String>?
        /// `sectionName`.
        public let sectionName: Located<String>?
        /// `port`.
        public let port: Int64?
    }

    /// A path match (HTTPRoute only).
    public struct PathMatch: Sendable {
        /// Where the `path` object is.
        public let location: SourceLocation
        /// `type`, defaulting to PathPrefix.
        public let type: String
        /// `value`, defaulting to `/`.
        public let value: String

        /// Creates a path match.
        public init(location: SourceLocation, type: String, value: String) {
            self.location = location
            self.type = type
            self.value = value
        }
    }

    /// A `backendRefs` entry.
    public struct BackendReference: Sendable {
        /// Where it is.
        public let location: SourceLocation
        /// Its field path.
        public let path: FieldPath
        /// `group`, defaulting to the core group.
        public let group: String
        /// `kind`, defaulting to Service.
        public let kind: String
        /// `name`.
        public let name: Located<String>?
        /// `namespace`, when written.
        public let namespace: Located<String>?
        /// `port`.
        public let port: Located<Int64>?
        /// `weight`, when written (the API default is 1).
        public let weight: Located<Int64>?
    }

    /// One rule.
    public struct Rule: Sendable {
        /// Where the rule is.
        public let location: SourceLocation
        /// Its field path.
        public let path: FieldPath
        /// `name` (v1.2 on).
        public let name: Located<String>?
        /// The path matches (HTTPRoute); empty when the rule matches every path.
        public let pathMatches: [PathMatch]
        /// `backendRefs`.
        public let backendRefs: [BackendReference]
        /// `sessionPersistence`.
        public let sessionPersistence: SessionPersistenceConfig?
    }

    /// True for a GRPCRoute.
    public let isGRPC: Bool
    /// `parentRefs`.
    public let parentRefs: [ParentReference]
    /// `hostnames`.
    public let hostnames: [String]
    /// `rules`.
    public let rules: [Rule]
}
