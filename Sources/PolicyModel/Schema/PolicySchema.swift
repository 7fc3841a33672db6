/// The policy kinds that carry session persistence: BackendLBPolicy, XBackendTrafficPolicy
/// and the provisional SessionPersistencePolicy of the seed GEP.
public enum PolicySchema {
    /// LocalPolicyTargetReference.
    public static let localTargetReference = ObjectSchema([
        .init("group", SchemaPatterns.groupField()),
        .init("kind", SchemaPatterns.kindField()),
        .init("name", SchemaPatterns.nameField),
    ], required: ["group", "kind", "name"])

    /// The `spec` of BackendLBPolicy (`retryConstraint` false) or XBackendTrafficPolicy.
    public static func backendPolicySpec(generation: Generation, retryConstraint: Bool) -> ObjectSchema {
        var fields: [ObjectSchema.Field] = []
        if retryConstraint { fields.append(.init("retryConstraint", .opaque)) }
        fields.append(.init("sessionPersistence", .object(SessionPersistenceSchema.schema(for: generation))))
        fields.append(.init("targetRefs", .array(.object(localTargetReference), ArrayFacets(minItems: 1, maxItems: 16, mapKeys: ["group", "kind", "name"]))))
        return ObjectSchema(fields, required: ["targetRefs"])
    }

    /// The `spec` of the seed's SessionPersistencePolicy (GEP-1619, provisional, 2023).
    public static let seedPolicySpec = ObjectSchema([
        .init("absoluteTimeoutSeconds", .anyInteger),
        .init("idleTimeoutSeconds", .anyInteger),
        .init("sessionName", .string(StringFacets(maxLength: 4096))),
        .init("targetRef", .object(ObjectSchema([
            .init("group", SchemaPatterns.groupField()),
            .init("kind", SchemaPatterns.kindField()),
            .init("name", SchemaPatterns.nameField),
            .init("namespace", SchemaPatterns.namespaceField),
            .init("sectionName", SchemaPatterns.sectionNameField),
        ], required: ["group", "kind", "name"]))),
        .init("type", .string(StringFacets(enumValues: ["HTTPCookie", "Header"], defaultValue: "HTTPCookie"))),
    ], required: ["targetRef"])
}
