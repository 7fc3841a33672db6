/// The parts of a Service spec sppctl reads.
public struct ServiceSpec: Sendable {
    /// A port.
    public struct Port: Sendable {
        /// `name`.
        public let name: String?
        /// `port`.
        public let port: Int64?
        /// Where the port entry is.
        public let location: SourceLocation
    }

    /// `ports`.
    public let ports: [Port]
    /// `sessionAffinity`.
    public let sessionAffinity: Located<String>?
    /// `sessionAffinityConfig.clientIP.timeoutSeconds`.
    public let clientIPTimeoutSeconds: Located<ScalarValue>?
    /// Where `sessionAffinityConfig` is, when set.
    public let sessionAffinityConfigLocation: SourceLocation?
}
