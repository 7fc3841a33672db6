/// The API groups sppctl knows by name.
public enum APIGroup {
    /// The core group (`v1` Services).
    public static let core = ""
    /// `gateway.networking.k8s.io`.
    public static let gateway = "gateway.networking.k8s.io"
    /// `gateway.networking.x-k8s.io`, the experimental X-prefixed kinds.
    public static let gatewayExperimental = "gateway.networking.x-k8s.io"
    /// `discovery.k8s.io` (EndpointSlice).
    public static let discovery = "discovery.k8s.io"

    /// True for the two Gateway API groups.
    public static func isGatewayAPI(_ group: String) -> Bool {
        group == gateway || group == gatewayExperimental
    }
}
