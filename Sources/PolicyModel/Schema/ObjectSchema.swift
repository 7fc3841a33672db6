/// The fields of a mapping: their names and shapes in source order, which are required, and
/// the CEL validations upstream attaches to the object.
public struct ObjectSchema: Sendable {
    /// One named field.
    public struct Field: Sendable {
        /// The JSON name.
        public let name: String
        /// Its shape.
        public let schema: SchemaNode

        /// Creates a field.
        public init(_ name: String, _ schema: SchemaNode) {
            self.name = name
            self.schema = schema
        }
    }

    /// The known fields.
    public let fields: [Field]
    /// The names of the required fields.
    public let required: [String]
    /// True when fields beyond ``fields`` are allowed and not checked (core kinds).
    public let isOpen: Bool
    /// The CEL validations on this object, in CRD order.
    public let validations: [CELValidation]

    /// Creates an object schema.
    public init(_ fields: [Field], required: [String] = [], isOpen: Bool = false, validations: [CELValidation] = []) {
        self.fields = fields
        self.required = required
        self.isOpen = isOpen
        self.validations = validations
    }

    /// The shape of the field `name`, if the object has it.
    public func field(_ name: String) -> SchemaNode? {
        fields.first(where: { $0.name == name })?.schema
    }

    /// The field names, in order.
    /// The schema of the field whose name is the text of scalar record `key` of `tree` (no
    /// `String` is made for the key), as ``field(_:)`` finds it.
    func field(namedBy key: Int, in tree: NodeTree) -> SchemaNode? {
        fields.first(where: { tree.scalar(at: key, is: $0.name) })?.schema
    }

    public var fieldNames: [String] { fields.map(\.name) }
}
