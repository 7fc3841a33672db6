/// Typed, located reads of mapping fields, used by the decoder. A field of the wrong type
/// reads as absent; SPP005 reports it.
extension Node {
    /// The string value of field `key`, located, when it is a string.
    func string(_ key: String, path: FieldPath) -> Located<String>? {
        string(key, fieldPath: path.child(key))
    }

    /// The string value of field `key` and where it is written, when it is a string: for the
    /// fields every object has, whose path the caller knows (no ``FieldPath`` is made).
    func stringWithLocation(_ key: String) -> (value: String, location: SourceLocation)? {
        guard let node = self[key], let text = node.string else { return nil }
        return (text, node.location)
    }

    /// The string value of field `key`, located at `fieldPath` (the field's whole path, made
    /// only when the field is there: most optional fields are not), when it is a string.
    func string(_ key: String, fieldPath: @autoclosure () -> FieldPath) -> Located<String>? {
        stringWithLocation(key).map { Located($0.value, at: $0.location, path: fieldPath()) }
    }

    /// The integer value of field `key`, located, when it is an integer that fits in 64 bits.
    func integer(_ key: String, path: FieldPath) -> Located<Int64>? {
        guard let node = self[key], let value = node.integerValue else { return nil }
        return Located(value, at: node.location, path: path.child(key))
    }

    /// The integer value of field `key`, when it is an integer that fits in 64 bits (for values
    /// kept without their place).
    func integer(_ key: String) -> Int64? {
        self[key]?.integerValue
    }

    /// This scalar's integer value, when it is an integer that fits in 64 bits.
    private var integerValue: Int64? {
        guard case .int(let value)? = value else { return nil }
        return value
    }

    /// The scalar value of field `key`, located, when it is a non-null scalar.
    func scalarValue(_ key: String, path: FieldPath) -> Located<ScalarValue>? {
        guard let node = self[key], let value = node.value, value != .null else { return nil }
        return Located(value, at: node.location, path: path.child(key))
    }

    /// The mapping at field `key`, when it is one.
    func mapping(_ key: String) -> Node? {
        guard let node = self[key], node.isMapping else { return nil }
        return node
    }

    /// The items of the list at field `key` that are mappings, with their index.
    func mappingItems(_ key: String) -> [(index: Int, node: Node)] {
        guard let items = self[key]?.items else { return [] }
        return items.enumerated().compactMap { $0.element.isMapping ? ($0.offset, $0.element) : nil }
    }
}
