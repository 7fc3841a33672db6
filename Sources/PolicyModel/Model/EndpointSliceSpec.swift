/// The parts of an EndpointSlice sppctl reads.
public struct EndpointSliceSpec: Sendable {
    /// The Service it belongs to (label `kubernetes.io/service-name`).
    public let serviceName: String?
    /// Every endpoint address, in order.
    public let addresses: [String]
    /// The ports: name and number.
    public let ports: [(name: String?, port: Int64?)]
}
