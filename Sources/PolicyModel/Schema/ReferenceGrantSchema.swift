/// ReferenceGrant `spec`: which kinds in which namespaces may refer to which objects here.
public enum ReferenceGrantSchema {
    /// The `spec`, identical in every generation.
    public static let spec = ObjectSchema([
        .init("from", .array(.object(ObjectSchema([
            .init("group", SchemaPatterns.groupField()),
            .init("kind", SchemaPatterns.kindField()),
            .init("namespace", SchemaPatterns.namespaceField),
        ], required: ["group", "kind", "namespace"])), ArrayFacets(minItems: 1, maxItems: 16))),
        .init("to", .array(.object(ObjectSchema([
            .init("group", SchemaPatterns.groupField()),
            .init("kind", SchemaPatterns.kindField()),
            .init("name", SchemaPatterns.nameField),
        ], required: ["group", "kind"])), ArrayFacets(minItems: 1, maxItems: 16))),
    ], required: ["from", "to"])
}
