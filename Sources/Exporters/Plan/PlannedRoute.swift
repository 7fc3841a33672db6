import PolicyModel

/// A route that carries traffic, as an export writes it.
public struct PlannedRoute: Sendable {
    /// The route object.
    public let object: KubeObject
    /// A unique identifier made of `[A-Za-z0-9_]` only, safe in any configuration.
    public let id: String
    /// `hostnames`; empty means any host.
    public let hostnames: [String]
    /// True for a GRPCRoute.
    public let isGRPC: Bool
    /// The rules that carry traffic.
    public let rules: [PlannedRule]
    /// True when every listener that serves the route is HTTPS: then the cookie gets Secure
    /// and SameSite=Strict (the GEP's security default); over plain HTTP a browser would never
    /// send a Secure cookie back.
    public let servedOnlyOverHTTPS: Bool

    /// `HTTPRoute ns/name`.
    public var label: String { object.label }
}

/// One rule of a planned route.
public struct PlannedRule: Sendable {
    /// The 0-based index in the route.
    public let index: Int
    /// A unique identifier (`[A-Za-z0-9_]`).
    public let id: String
    /// The rule in the graph.
    public let node: RuleNode
    /// Its path matches (none for GRPCRoute, or for "every path").
    public let matches: [RouteSpec.PathMatch]
    /// The backends that carry traffic.
    public let backends: [PlannedBackend]
    /// The persistence that applies to the rule, when one does.
    public let persistence: EffectivePersistence?
    /// The route object, for notices.
    public let route: KubeObject

    /// `rule 0 "cart"`.
    public var label: String { node.label }
}

/// One backendRef of a planned rule, with the endpoints it resolves to.
public struct PlannedBackend: Sendable {
    /// The entry in the analysis.
    public let entry: BackendEntry
    /// The backend's identity.
    public let identity: ObjectIdentity
    /// Where requests go.
    public let endpoints: [PlannedEndpoint]

    /// The backendRef's weight.
    public var weight: Int64 { entry.backend.weight }
}

/// An address and port requests are sent to: an EndpointSlice address, or the Service's
/// cluster DNS name.
public struct PlannedEndpoint: Sendable, Hashable {
    /// The IP address, or the DNS name when ``fromDNS``.
    public let host: String
    /// The port.
    public let port: Int64
    /// True for `name.namespace.svc.cluster.local`: the dataplane must resolve it.
    public let fromDNS: Bool

    /// `host:port`.
    public var address: String { "\(host):\(port)" }
}
