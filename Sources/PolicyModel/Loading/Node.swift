/// One node of a loaded YAML (or JSON) document, with the place it starts: a position in its
/// document's ``NodeTree``.
///
/// Aliases are already expanded, so the tree holds only scalars, mappings and sequences.
/// Mappings keep every entry in source order, duplicate keys included, so that the
/// duplicate-key rule can see them; lookups by key return the last entry, as Kubernetes'
/// JSON decoding does.
public struct Node: Sendable {
    /// One key/value pair of a mapping.
    public struct Entry: Sendable {
        /// The key node (its location is where the key is written).
        public let key: Node
        /// The value node.
        public let value: Node

        /// The key's text when the key is a scalar.
        public var keyText: String? { key.scalarText }
    }

    let tree: NodeTree
    let index: Int

    init(tree: NodeTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    private var record: NodeTree.Record { tree.records[index] }

    /// Where the node starts.
    public var location: SourceLocation { tree.location(at: index) }

    /// The number of nodes in this subtree, this one included (aliases counted as expanded).
    public var size: Int { Int(record.span) }

    /// The scalar, when this node is one.
    public var scalar: Scalar? { tree.scalar(at: index) }

    /// The text of the scalar, when this node is one.
    public var scalarText: String? {
        record.kind == .scalar ? tree.string(at: index) : nil
    }

    /// Calls `body` with each key and value of this mapping, in source order; nothing for
    /// other nodes. Makes no array, unlike ``entries``.
    public func forEachEntry(_ body: (_ key: Node, _ value: Node) throws -> Void) rethrows {
        guard record.kind == .mapping else { return }
        try tree.records.withUnsafeBufferPointer { records in
            try NodeTree.forEachEntry(ofMapping: index, in: records) { try body(Node(tree: tree, index: $0), Node(tree: tree, index: $1)) }
        }
    }

    /// The entries, when this node is a mapping.
    public var entries: [Entry]? {
        guard record.kind == .mapping else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(record.count / 2)
        forEachEntry { entries.append(Entry(key: $0, value: $1)) }
        return entries
    }

    /// Calls `body` with each item of this sequence, in order; nothing for other nodes. Makes
    /// no array, unlike ``items``.
    public func forEachItem(_ body: (_ item: Node) throws -> Void) rethrows {
        guard record.kind == .sequence else { return }
        try tree.records.withUnsafeBufferPointer { records in
            try NodeTree.forEachItem(ofSequence: index, in: records) { try body(Node(tree: tree, index: $0)) }
        }
    }

    /// The items, when this node is a sequence.
    public var items: [Node]? {
        guard record.kind == .sequence else { return nil }
        var items: [Node] = []
        items.reserveCapacity(record.count)
        forEachItem { items.append($0) }
        return items
    }

    /// The value of the last entry whose key is `key`, when this node is a mapping.
    public subscript(key: String) -> Node? {
        guard record.kind == .mapping, let found = tree.lastEntry(ofMapping: index, key: key) else { return nil }
        return Node(tree: tree, index: found.value)
    }

    /// The last entry whose key is `key`, when this node is a mapping.
    public func entry(_ key: String) -> Entry? {
        guard record.kind == .mapping, let found = tree.lastEntry(ofMapping: index, key: key) else { return nil }
        return Entry(key: Node(tree: tree, index: found.key), value: Node(tree: tree, index: found.value))
    }

    /// The resolved value of a scalar node, or `nil` for mappings and sequences.
    public var value: ScalarValue? { scalar?.value }

    /// The string value, only when the node is a scalar that resolves to a string. Told from
    /// the scalar's bytes first: the text is made only when it is a string.
    public var string: String? {
        tree.resolution(at: index) == .string ? tree.string(at: index) : nil
    }

    /// True when the node is a scalar that resolves to null.
    public var isNull: Bool { tree.resolution(at: index) == .null }

    /// True when the node is a scalar that resolves to a string (no `String` is made).
    public var isString: Bool { tree.resolution(at: index) == .string }

    /// True when the node is a mapping.
    public var isMapping: Bool { record.kind == .mapping }

    /// The YAML type name of the node, for messages ("string", "integer", "mapping" …).
    public var typeName: String { tree.typeName(at: index) }
}
