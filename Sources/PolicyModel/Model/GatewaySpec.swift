/// The parts of a Gateway spec sppctl reads.
public struct GatewaySpec: Sendable {
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
    }

    /// `listeners`.
    public let listeners: [Listener]
}
