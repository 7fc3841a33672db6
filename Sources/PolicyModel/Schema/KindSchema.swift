/// The whole-object schema of each known kind in a generation: the document's top level
/// with its `spec`.
public enum KindSchema {
    /// The top-level schema of `kind` under `generation`.
    public static func object(_ kind: KnownKind, generation: Generation) -> ObjectSchema {
        let envelope: [ObjectSchema.Field] = [
            .init("apiVersion", .anyString),
            .init("kind", .anyString),
            .init("metadata", .object(CoreSchema.metadata)),
        ]
        switch kind {
        case .service:
            return ObjectSchema(envelope + [.init("spec", .object(CoreSchema.serviceSpec)), .init("status", .opaque)], isOpen: true)
        case .endpointSlice:
            return ObjectSchema(envelope + CoreSchema.endpointSliceFields, isOpen: true)
        case .referenceGrant:
            // ReferenceGrant has no status.
            return ObjectSchema(envelope + [.init("spec", .object(spec(kind, generation: generation)))], required: ["spec"])
        default:
            return ObjectSchema(envelope + [.init("spec", .object(spec(kind, generation: generation))), .init("status", .opaque)],
                                required: requiresSpec(kind) ? ["spec"] : [])
        }
    }

    /// The `spec` schema of a Gateway API or policy kind.
    public static func spec(_ kind: KnownKind, generation: Generation) -> ObjectSchema {
        switch kind {
        case .gateway: return GatewaySchema.spec(generation: generation)
        case .httpRoute: return RouteSchema.spec(grpc: false, generation: generation)
        case .grpcRoute: return RouteSchema.spec(grpc: true, generation: generation)
        case .referenceGrant: return ReferenceGrantSchema.spec
        case .sessionPersistencePolicy: return PolicySchema.seedPolicySpec
        case .backendLBPolicy: return PolicySchema.backendPolicySpec(generation: generation, retryConstraint: false)
        case .xBackendTrafficPolicy: return PolicySchema.backendPolicySpec(generation: generation, retryConstraint: true)
        case .service: return CoreSchema.serviceSpec
        case .endpointSlice: return ObjectSchema(CoreSchema.endpointSliceFields, isOpen: true)
        }
    }

    private static func requiresSpec(_ kind: KnownKind) -> Bool {
        switch kind {
        case .gateway, .sessionPersistencePolicy, .backendLBPolicy, .xBackendTrafficPolicy: return true
        default: return false
        }
    }
}
