import Glibc

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
    public var fields: [Field] { storage.fields }
    /// The names of the required fields.
    public var required: [String] { storage.required }
    /// True when fields beyond ``fields`` are allowed and not checked (core kinds).
    public var isOpen: Bool { storage.isOpen }
    /// The CEL validations on this object, in CRD order.
    public var validations: [CELValidation] { storage.validations }

    /// Everything, in one object: the schema walk takes an object schema out of its node for
    /// every mapping it visits, and a copy retains one reference instead of each array.
    private let storage: Storage

    private final class Storage: Sendable {
        let fields: [Field]
        let required: [String]
        let isOpen: Bool
        let validations: [CELValidation]
        /// The fields' names as UTF-8, back to back, and where each ends: the schema checks
        /// look every key up by its bytes, and comparing with each field's `String` retained
        /// and released it.
        let nameBytes: [UInt8]
        let nameEnds: [Int]

        init(fields: [Field], required: [String], isOpen: Bool, validations: [CELValidation]) {
            self.fields = fields
            self.required = required
            self.isOpen = isOpen
            self.validations = validations
            nameBytes = fields.flatMap(\.name.utf8)
            nameEnds = fields.reduce(into: []) { ends, field in ends.append((ends.last ?? 0) + field.name.utf8.count) }
        }
    }

    /// Creates an object schema.
    public init(_ fields: [Field], required: [String] = [], isOpen: Bool = false, validations: [CELValidation] = []) {
        storage = Storage(fields: fields, required: required, isOpen: isOpen, validations: validations)
    }

    /// The shape of the field `name`, if the object has it.
    public func field(_ name: String) -> SchemaNode? {
        var name = name
        return name.withUTF8(field(named:))
    }

    /// The schema of the field whose name is the text of scalar record `key` of `tree` (no
    /// `String` is made for the key), as ``field(_:)`` finds it.
    func field(namedBy key: Int, in tree: NodeTree) -> SchemaNode? {
        let record = tree.records[key]
        guard record.kind == .scalar else { return nil }
        return tree.text.withUnsafeBufferPointer { field(named: UnsafeBufferPointer(rebasing: $0[record.textStart..<record.textStart + record.count])) }
    }

    /// The schema of the first field whose name is the UTF-8 `name`.
    private func field(named name: UnsafeBufferPointer<UInt8>) -> SchemaNode? {
        let storage = storage
        let found: Int? = storage.nameBytes.withUnsafeBufferPointer { names in
            var start = 0
            for (index, end) in storage.nameEnds.enumerated() {
                if end - start == name.count, name.isEmpty || memcmp(names.baseAddress! + start, name.baseAddress!, name.count) == 0 {
                    return index
                }
                start = end
            }
            return nil
        }
        guard let found else { return nil }
        return storage.fields[found].schema
    }

    /// The field names, in order.
    public var fieldNames: [String] { fields.map(\.name) }
}
