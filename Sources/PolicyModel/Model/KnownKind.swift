/// The kinds sppctl decodes and reasons about. Every other kind is kept as an identity only.
public enum KnownKind: String, CaseIterable, Sendable {
    /// core/v1 Service.
    case service = "Service"
    /// discovery.k8s.io/v1 EndpointSlice.
    case endpointSlice = "EndpointSlice"
    /// Gateway.
    case gateway = "Gateway"
    /// HTTPRoute.
    case httpRoute = "HTTPRoute"
    /// GRPCRoute.
    case grpcRoute = "GRPCRoute"
    /// ReferenceGrant.
    case referenceGrant = "ReferenceGrant"
    /// The provisional GEP-1619 SessionPersistencePolicy (understood under every generation).
    case sessionPersistencePolicy = "SessionPersistencePolicy"
    /// BackendLBPolicy (v1.1–v1.2).
    case backendLBPolicy = "BackendLBPolicy"
    /// XBackendTrafficPolicy (v1.3 on).
    case xBackendTrafficPolicy = "XBackendTrafficPolicy"

    /// The known kind named `rawValue` (exactly: kinds are case-sensitive).
    public init?(rawValue: String) {
        guard let kind = Self.byName[rawValue] else { return nil }
        self = kind
    }

    /// Each kind by its name: every object's kind is looked up, and one hashed lookup costs
    /// far less than a `switch` comparing the name with each case in turn.
    private static let byName: [String: KnownKind] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The kind's API group.
    public var group: String {
        switch self {
        case .service: return APIGroup.core
        case .endpointSlice: return APIGroup.discovery
        case .xBackendTrafficPolicy: return APIGroup.gatewayExperimental
        default: return APIGroup.gateway
        }
    }

    /// The versions of the kind served by `generation`; empty when the generation has no such kind.
    public func servedVersions(in generation: Generation) -> [String] {
        switch self {
        case .service: return ["v1"]
        case .endpointSlice: return ["v1"]
        case .gateway, .httpRoute: return ["v1", "v1beta1"]
        case .grpcRoute: return generation <= .v1_1 ? ["v1", "v1alpha2"] : ["v1"]
        case .referenceGrant:
            if generation <= .v1_1 { return ["v1beta1", "v1alpha2"] }
            return generation >= .v1_5 ? ["v1", "v1beta1"] : ["v1beta1"]
        case .sessionPersistencePolicy: return ["v1alpha2"]
        case .backendLBPolicy: return generation <= .v1_2 ? ["v1alpha2"] : []
        case .xBackendTrafficPolicy: return generation >= .v1_3 ? ["v1alpha1"] : []
        }
    }

    /// The version assumed when a document names the kind without an `apiVersion`.
    public func defaultVersion(in generation: Generation) -> String {
        switch self {
        case .sessionPersistencePolicy, .backendLBPolicy: return "v1alpha2"
        case .xBackendTrafficPolicy: return "v1alpha1"
        case .referenceGrant: return "v1beta1"
        default: return "v1"
        }
    }

    /// The generations that serve this kind at all.
    public var generationsServing: [Generation] {
        Generation.allCases.filter { !servedVersions(in: $0).isEmpty }
    }

    /// The known kind named by `kind` in `group`, if any.
    public init?(group: String, kind: String) {
        guard let known = KnownKind(rawValue: kind), known.group == group else { return nil }
        self = known
    }
}
