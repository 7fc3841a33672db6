/// Finds a field's schema by its path, for questions such as "which generations have
/// `idleTimeout` here?".
public enum SchemaLookup {
    /// The schema at `names` (field names, list indexes left out) below `schema`.
    public static func node(at names: [String], in schema: ObjectSchema) -> SchemaNode? {
        var current = SchemaNode.object(schema)
        for name in names {
            while case .array(let items, _) = current { current = items }
            guard case .object(let object) = current, let next = object.field(name) else { return nil }
            current = next
        }
        return current
    }

    /// The generations in which `kind` is served and has a field at `path`.
    public static func generations(having path: FieldPath, in kind: KnownKind) -> [Generation] {
        Generation.allCases.filter { generation in
            !kind.servedVersions(in: generation).isEmpty
                && node(at: path.names, in: KindSchema.object(kind, generation: generation)) != nil
        }
    }
}
