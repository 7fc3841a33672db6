/// A place where an object departs from its kind's schema in the selected generation.
/// The structural rules (SPP004–SPP006, SPP010, SPP107) report these.
public struct SchemaViolation: Sendable {
    /// What is wrong.
    public enum Problem: Sendable {
        /// A field the schema does not have; `parent` is the schema of the mapping it is in.
        case unknownField(name: String, parent: ObjectSchema)
        /// A value of the wrong YAML type; `written` is the scalar, when it is one (its text,
        /// quotes and tag).
        case wrongType(expected: String, found: String, written: Scalar?)
        /// A required field that is absent (or null).
        case missingField(name: String)
        /// A string outside its enum.
        case notInEnum(value: String, allowed: [String])
        /// A value that breaks a pattern, length, range or item-count constraint.
        case constraint(String)
        /// A list or object that breaks a CEL rule upstream attaches to it: the rule's message,
        /// verbatim, and what breaks it ("" when the place says it all).
        case celRule(message: String, detail: String)
    }

    /// What is wrong.
    public let problem: Problem
    /// Where: the key for unknown fields, the value otherwise, the parent for missing fields.
    public let location: SourceLocation
    /// The field path.
    public let path: FieldPath
    /// The schema of the field, when the violation is about a field's value.
    public let schema: SchemaNode?
    /// The object.
    public let object: KubeObject
}
