/// One node of a loaded YAML (or JSON) document, with the place it starts.
///
/// Aliases are already expanded, so the tree holds only scalars, mappings and sequences.
/// Mappings keep every entry in source order, duplicate keys included, so that the
/// duplicate-key rule can see them; lookups by key return the last entry, as Kubernetes'
/// JSON decoding does.
public struct Node: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        /// A scalar.
        case scalar(Scalar)
        /// A mapping, entries in source order.
        case mapping([Entry])
        /// A sequence.
        case sequence([Node])
    }

    /// One key/value pair of a mapping.
    public struct Entry: Sendable {
        /// The key node (its location is where the key is written).
        public let key: Node
        /// The value node.
        public let value: Node

        /// Creates an entry.
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }

        /// The key's text when the key is a scalar.
        public var keyText: String? { key.scalar?.text }
    }

    /// What the node holds.
    public let content: Content
    /// Where the node starts.
    public let location: SourceLocation
    /// The number of nodes in this subtree, this one included (aliases counted as expanded).
    public let size: Int

    /// Creates a node; `size` is computed from the children.
    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
        switch content {
        case .scalar: size = 1
        case .sequence(let items): size = items.reduce(1) { $0 + $1.size }
        case .mapping(let entries): size = entries.reduce(1) { $0 + $1.key.size + $1.value.size }
        }
    }

    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The entries, when this node is a mapping.
    public var entries: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The items, when this node is a sequence.
    public var items: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value of the last entry whose key is `key`, when this node is a mapping.
    public subscript(key: String) -> Node? {
        guard let entries else { return nil }
        return entries.last(where: { $0.keyText == key })?.value
    }

    /// The last entry whose key is `key`, when this node is a mapping.
    public func entry(_ key: String) -> Entry? {
        entries?.last(where: { $0.keyText == key })
    }

    /// The resolved value of a scalar node, or `nil` for mappings and sequences.
    public var value: ScalarValue? { scalar?.value }

    /// The string value, only when the node is a scalar that resolves to a string.
    public var string: String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    /// True when the node is a scalar that resolves to null.
    public var isNull: Bool {
        if case .null? = value { return true }
        return false
    }

    /// The YAML type name of the node, for messages ("string", "integer", "mapping" …).
    public var typeName: String {
        switch content {
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .scalar(let scalar): return scalar.value.typeName
        }
    }
}
