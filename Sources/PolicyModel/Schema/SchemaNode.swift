/// The expected shape of one field: its type and, for strings and integers, the constraints
/// that the rules check. These tables mirror the upstream CRDs and are cross-checked against
/// them by the test suite.
public indirect enum SchemaNode: Sendable {
    /// A mapping with known fields.
    case object(ObjectSchema)
    /// A list whose items all have one shape, with its constraints.
    case array(SchemaNode, ArrayFacets = ArrayFacets())
    /// A string, with its constraints.
    case string(StringFacets)
    /// An integer, with its bounds.
    case integer(IntegerFacets)
    /// `true` or `false`.
    case boolean
    /// A mapping of strings to strings (labels, annotations, selectors).
    case stringMap
    /// A field sppctl does not look inside (filters, TLS settings …).
    case opaque

    /// A string without constraints.
    public static let anyString = SchemaNode.string(StringFacets())
    /// An integer without bounds.
    public static let anyInteger = SchemaNode.integer(IntegerFacets())

    /// The type name used in messages and compared with the CRD's `type`.
    public var typeName: String {
        switch self {
        case .object, .stringMap: return "object"
        case .array: return "array"
        case .string: return "string"
        case .integer: return "integer"
        case .boolean: return "boolean"
        case .opaque: return "any"
        }
    }

    /// The object schema, when this node is an object.
    public var objectSchema: ObjectSchema? {
        if case .object(let schema) = self { return schema }
        return nil
    }

    /// The string constraints, when this node is a string.
    public var stringFacets: StringFacets? {
        if case .string(let facets) = self { return facets }
        return nil
    }
}
