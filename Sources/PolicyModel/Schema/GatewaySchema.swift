/// The parts of Gateway that sppctl checks: the spec's field names and each listener.
public enum GatewaySchema {
    /// The `spec` of a Gateway in `generation`.
    public static func spec(generation: Generation) -> ObjectSchema {
        var fields: [ObjectSchema.Field] = [.init("addresses", .opaque)]
        if generation >= .v1_3 {
            fields.append(.init("allowedListeners", .opaque))
        } else if generation >= .v1_2 {
            fields.append(.init("backendTLS", .opaque))
        }
        if generation >= .v1_3 {
            fields.append(.init("defaultScope", .opaque))
        }
        fields.append(contentsOf: [
            .init("gatewayClassName", .string(StringFacets(minLength: 1, maxLength: 253))),
            .init("infrastructure", .opaque),
            .init("listeners", .array(.object(listener), ArrayFacets(minItems: 1, maxItems: 64, validations: ListenerListRules.rules(generation: generation),
                                                                       mapKeys: ["name"]))),
        ])
        if generation >= .v1_3 {
            fields.append(.init("tls", .opaque))
        }
        return ObjectSchema(fields, required: ["gatewayClassName", "listeners"])
    }

    /// Listener.
    public static let listener = ObjectSchema([
        .init("allowedRoutes", .opaque),
        .init("hostname", .string(StringFacets(pattern: SchemaPatterns.hostname, minLength: 1, maxLength: 253))),
        .init("name", SchemaPatterns.sectionNameField),
        .init("port", SchemaPatterns.portField),
        .init("protocol", .string(StringFacets(minLength: 1, maxLength: 255))),
        .init("tls", .opaque),
    ], required: ["name", "port", "protocol"])
}
