/// The parts of a ListenerSet (v1.5 on) or XListenerSet (v1.3–v1.4) spec sppctl reads: the
/// Gateway it extends and its listeners, which routes may name as parents.
public struct ListenerSetSpec: Sendable {
    /// The kinds whose spec this is, in the Gateway API groups.
    public static let kinds: Set<String> = ["ListenerSet", "XListenerSet"]

    /// `parentRef.name`: the Gateway.
    public let parentName: String?
    /// `parentRef.namespace`, when written (default: the ListenerSet's).
    public let parentNamespace: String?
    /// `listeners`.
    public let listeners: [GatewaySpec.Listener]
}
