/// The spec of an HTTPRoute or GRPCRoute.
public struct RouteSpec: Sendable {
    /// A `parentRefs` entry. A class, like ``BackendReference``: the graph's parent nodes refer
    /// to the spec's entries instead of each holding a copy (about 150 bytes).
    public final class ParentReference: Sendable {
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

        /// Creates a parent reference.
        public init(location: SourceLocation, path: FieldPath, group: String, kind: String, namespace: String?, name: Located<String>?,
                    sectionName: Located<String>?, port: Int64?) {
            self.location = location
            self.path = path
            self.group = group
            self.kind = kind
            self.namespace = namespace
            self.name = name
            self.sectionName = sectionName
            self.port = port
        }
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

    /// A `backendRefs` entry. A class: the graph's backend nodes refer to the spec's entries
    /// instead of each holding a copy (240 bytes).
    public final class BackendReference: Sendable {
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

        /// Creates a backend reference.
        public init(location: SourceLocation, path: FieldPath, group: String, kind: String, name: Located<String>?, namespace: Located<String>?,
                    port: Located<Int64>?, weight: Located<Int64>?) {
            self.location = location
            self.path = path
            self.group = group
            self.kind = kind
            self.name = name
            self.namespace = namespace
            self.port = port
            self.weight = weight
        }
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
