/// The parts of a Gateway spec sppctl reads.
public struct GatewaySpec: Sendable {
    /// A route kind a listener allows (`allowedRoutes.kinds[]`).
    public struct RouteKind: Sendable, Hashable {
        /// `group` (default gateway.networking.k8s.io).
        public let group: String
        /// `kind`.
        public let kind: String
    }

    /// A listener.
    public struct Listener: Sendable {
        /// Where it is.
        public let location: SourceLocation
        /// `name`.
        public let name: String?
        /// `protocol` (HTTP, HTTPS, TLS …).
        public let protocolName: String?
        /// `port`.
        public let port: Int64?
        /// `hostname`.
        public let hostname: String?
        /// `allowedRoutes.namespaces.from`: Same (the default), All or Selector.
        public let allowedNamespaces: String
        /// `allowedRoutes.kinds`, when written; otherwise the protocol decides.
        public let allowedKinds: [RouteKind]?
    }

    /// `listeners`.
    public let listeners: [Listener]
}
