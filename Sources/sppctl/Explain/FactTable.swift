import PolicyModel

/// The distinct values of one kind of fact in a structured document, in order of first use,
/// so that the document refers to each by its index instead of repeating it.
struct FactTable {
    /// The distinct values, in order of first use.
    private(set) var values: [JSONValue] = []
    private var indexes: [[UInt8]: Int] = [:]

    /// The index of `value`, added when it is new. Values are the same when they render to the
    /// same bytes.
    mutating func index(of value: JSONValue) -> Int {
        let key = value.renderedBytes()
        if let index = indexes[key] { return index }
        values.append(value)
        indexes[key] = values.count - 1
        return values.count - 1
    }
}
