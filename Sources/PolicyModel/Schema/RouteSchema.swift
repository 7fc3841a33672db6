/// The parts of HTTPRoute and GRPCRoute that sppctl checks field by field. Filters,
/// timeouts, retries and header matches are opaque: their fields are not checked (only the
/// CEL rules upstream attaches to a rule look at its filters' kinds).
public enum RouteSchema {
    /// The `spec` of an HTTPRoute (`grpc` false) or GRPCRoute (`grpc` true) in `generation`.
    public static func spec(grpc: Bool, generation: Generation) -> ObjectSchema {
        // HTTPRoute has at least one rule from v1.5 on (its default, one rule matching every path, still applies).
        let rules = ArrayFacets(minItems: !grpc && generation >= .v1_5 ? 1 : nil, maxItems: 16,
                                validations: generation >= .v1_2 ? RouteListRules.rules(grpc: grpc) : [])
        var fields: [ObjectSchema.Field] = [
            .init("hostnames", .array(.string(StringFacets(pattern: SchemaPatterns.hostname, minLength: 1, maxLength: 253)), ArrayFacets(maxItems: 16))),
            .init("parentRefs", .array(.object(parentReference), ArrayFacets(maxItems: 32, validations: RouteListRules.parentReferences))),
            .init("rules", .array(.object(rule(grpc: grpc, generation: generation)), rules)),
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
    ], required: ["name"], validations: MatchAndReferenceRules.backendReference)

    /// One rule.
    static func rule(grpc: Bool, generation: Generation) -> ObjectSchema {
        // Up to 8 matches per rule in v1.1; 64 from v1.2 (HTTPRoute) and v1.3 (GRPCRoute).
        let matches = generation >= (grpc ? .v1_3 : .v1_2) ? 64 : 8
        var fields: [ObjectSchema.Field] = [
            .init("backendRefs", .array(.object(backendReference), ArrayFacets(maxItems: 16))),
            .init("filters", .opaque),
            .init("matches", .array(.object(grpc ? grpcMatch : httpMatch), ArrayFacets(maxItems: matches))),
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
        return ObjectSchema(fields, validations: grpc ? [] : HTTPRuleFilterRules.rule)
    }

    /// HTTPRouteMatch.
    static let httpMatch = ObjectSchema([
        .init("headers", .opaque),
        .init("method", .anyString),
        .init("path", .object(ObjectSchema([
            .init("type", .string(StringFacets(enumValues: ["Exact", "PathPrefix", "RegularExpression"], defaultValue: "PathPrefix"))),
            .init("value", .string(StringFacets(maxLength: 1024, defaultValue: "/"))),
        ], validations: MatchAndReferenceRules.httpPath))),
        .init("queryParams", .opaque),
    ])

    /// GRPCRouteMatch.
    static let grpcMatch = ObjectSchema([
        .init("headers", .opaque),
        .init("method", .opaque),
    ])
}
