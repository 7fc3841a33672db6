/// The parts of HTTPRoute and GRPCRoute that sppctl checks field by field. Filters,
/// timeouts, retries and header matches are opaque: present or not, never looked inside.
public enum RouteSchema {
    /// The `spec` of an HTTPRoute (`grpc` false) or GRPCRoute (`grpc` true) in `generation`.
    public static func spec(grpc: Bool, generation: Generation) -> ObjectSchema {
        var fields: [ObjectSchema.Field] = [
            .init("hostnames", .array(.string(StringFacets(pattern: SchemaPatterns.hostname, minLength: 1, maxLength: 253)))),
            .init("parentRefs", .array(.object(parentReference))),
            .init("rules", .array(.object(rule(grpc: grpc, generation: generation)))),
        ]
        if generation >= .v1_4 {
            fields.append(.init("useDefaultGateways", .anyString))
        }
        return ObjectSchema(fields)
    }

    /// ParentReference.
    public static let parentReference = ObjectSchema([
        .init("group", SchemaPatterns.groupField(default: APIGroup.gateway)),
        .init("kind", SchemaPatterns.kindField(default: "Gateway")),
        .init("name", SchemaPatterns.nameField),
        .init("namespace", SchemaPatterns.namespaceField),
        .init("port", SchemaPatterns.portField),
        .init("sectionName", SchemaPatterns.sectionNameField),
    ], required: ["name"])

    /// HTTPBackendRef / GRPCBackendRef.
    public static let backendReference = ObjectSchema([
        .init("filters", .opaque),
        .init("group", SchemaPatterns.groupField(default: "")),
        .init("kind", SchemaPatterns.kindField(default: "Service")),
        .init("name", SchemaPatterns.nameField),
        .init("namespace", SchemaPatterns.namespaceField),
        .init("port", SchemaPatterns.portField),
        .init("weight", .integer(IntegerFacets(minimum: 0, maximum: 1_000_000))),
    ], required: ["name"])

    /// One rule.
    static func rule(grpc: Bool, generation: Generation) -> ObjectSchema {
        var fields: [ObjectSchema.Field] = [
            .init("backendRefs", .array(.object(backendReference))),
            .init("filters", .opaque),
            .init("matches", .array(.object(grpc ? grpcMatch : httpMatch))),
        ]
        if generation >= .v1_2 {
            fields.append(.init("name", SchemaPatterns.sectionNameField))
        }
        if !grpc, generation >= .v1_2 {
            fields.append(.init("retry", .opaque))
        }
        fields.append(.init("sessionPersistence", .object(SessionPersistenceSchema.schema(for: generation))))
        if !grpc {
            fields.append(.init("timeouts", .opaque))
        }
        return ObjectSchema(fields)
    }

    /// HTTPRouteMatch.
    static let httpMatch = ObjectSchema([
        .init("headers", .opaque),
        .init("method", .anyString),
        .init("path", .object(ObjectSchema([
            .init("type", .string(StringFacets(enumValues: ["Exact", "PathPrefix", "RegularExpression"], defaultValue: "PathPrefix"))),
            .init("value", .string(StringFacets(maxLength: 1024, defaultValue: "/"))),
        ]))),
        .init("queryParams", .opaque),
    ])

    /// GRPCRouteMatch.
    static let grpcMatch = ObjectSchema([
        .init("headers", .opaque),
        .init("method", .opaque),
    ])
}
