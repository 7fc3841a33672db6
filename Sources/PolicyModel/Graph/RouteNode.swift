/// A route with its parents, rules and resolved backends. Immutable; a class so that the
/// many entries that refer to a route share it.
public final class RouteNode: Sendable {
    /// The route object.
    public let object: KubeObject
    /// Its spec.
    public let spec: RouteSpec
    /// Its parents.
    public let parents: [ParentNode]
    /// Its rules.
    public let rules: [RuleNode]

    /// Creates a route node.
    public init(object: KubeObject, spec: RouteSpec, parents: [ParentNode], rules: [RuleNode]) {
        self.object = object
        self.spec = spec
        self.parents = parents
        self.rules = rules
    }

    /// `HTTPRoute namespace/name`.
    public var label: String { object.label }

    /// The listeners that accept the route, of every parent.
    public var listeners: [GatewaySpec.Listener] { parents.flatMap(\.listeners) }

    /// True when every parent is in the inputs and every listener that accepts the route
    /// speaks plain HTTP: the route is never served over HTTPS.
    public var isServedOnlyOverHTTP: Bool {
        let listeners = listeners
        return !listeners.isEmpty && parents.allSatisfy { $0.gateway != nil }
            && listeners.allSatisfy { ($0.protocolName ?? "").uppercased() == "HTTP" }
    }

    /// True when every parent is in the inputs and none accepts the route (or the API server
    /// refuses it): no traffic.
    public var isRejectedByEveryParent: Bool {
        !parents.isEmpty && parents.allSatisfy(\.acceptance.turnsRouteAway)
    }
}

/// One parentRef: a Gateway (or ListenerSet) and the listeners that accept the route, or
/// (GAMMA) a Service.
public struct ParentNode: Sendable {
    /// The reference.
    public let reference: RouteSpec.ParentReference
    /// The Gateway, when the parent is one (or a ListenerSet of one) and it is in the inputs.
    public let gateway: KubeObject?
    /// The ListenerSet, when the parent is one and it is in the inputs.
    public let listenerSet: KubeObject?
    /// Whether the parent accepts the route.
    public let acceptance: ParentAcceptance
    /// True when the parent is a Service (mesh).
    public let isMesh: Bool

    /// The listeners that accept the route (none when rejected or unknown).
    public var listeners: [GatewaySpec.Listener] {
        if case .accepted(let listeners) = acceptance { return listeners }
        return []
    }
}

/// One rule of a route.
public struct RuleNode: Sendable {
    /// The 0-based index.
    public let index: Int
    /// The rule.
    public let rule: RouteSpec.Rule
    /// Its backends.
    public let backends: [BackendNode]

    /// `rule 0 "cart"` or `rule 0`.
    public var label: String { rule.name.map { "rule \(index) \"\($0.value)\"" } ?? "rule \(index)" }

    /// The sum of its backends' weights. Weights the API server refuses can be any 64-bit
    /// integer: a sum past the range stops at its bound instead of trapping.
    public var totalWeight: Int64 {
        backends.reduce(Int64(0)) { sum, backend in
            let (total, overflow) = sum.addingReportingOverflow(backend.weight)
            return overflow ? (backend.weight > 0 ? .max : .min) : total
        }
    }
}

/// One backendRef, resolved.
public struct BackendNode: Sendable {
    /// The 0-based index in the rule.
    public let index: Int
    /// The reference.
    public let reference: RouteSpec.BackendReference
    /// The identity it names.
    public let identity: ObjectIdentity?
    /// The Service, when the backend is one and it is in the inputs.
    public let service: KubeObject?
    /// False for a cross-namespace reference no ReferenceGrant allows.
    public let permitted: Bool
    /// A ReferenceGrant that would permit the reference but that the API server refuses
    /// (an unserved version, a misspelled kind), when the reference is not permitted.
    public let refusedGrant: KubeObject?
    /// True when the backend is a Service missing from the inputs although the inputs
    /// define Services in its namespace (so they claim to describe that namespace).
    public let missing: Bool

    /// The weight after defaulting (1).
    public var weight: Int64 { reference.weight?.value ?? 1 }

    /// `Service ns/name:port`.
    public var label: String {
        guard let identity else { return "backend \(index)" }
        let port = reference.port.map { ":\($0.value)" } ?? ""
        return "\(identity.kind) \(identity.namespace)/\(identity.name)\(port)"
    }
}
