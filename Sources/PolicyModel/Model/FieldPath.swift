/// A field's path inside its object, as kubectl prints it: `spec.rules[0].sessionPersistence`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The rendered path; empty for the object itself.
    public let description: String

    /// Creates a path from its rendered form.
    public init(_ description: String) {
        self.description = description
    }

    /// Creates a path from a literal.
    public init(stringLiteral value: String) {
        self.description = value
    }

    /// The object's root.
    public static let root = FieldPath("")

    /// The path of the field `name` below this one.
    public func child(_ name: String) -> FieldPath {
        FieldPath(description.isEmpty ? name : "\(description).\(name)")
    }

    /// The path of item `index` of this list.
    public func index(_ index: Int) -> FieldPath {
        FieldPath("\(description)[\(index)]")
    }

    /// The field names along the path, list indexes left out (for looking a field up in
    /// another generation's schema).
    public var names: [String] {
        description.split(separator: ".").map { part in
            String(part.prefix(while: { $0 != "[" }))
        }
    }
}
