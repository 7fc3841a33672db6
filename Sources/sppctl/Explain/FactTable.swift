import PolicyModel

/// The distinct values of one kind of fact in a structured document, in order of first use,
/// so that the document refers to each by its index instead of repeating it.
struct FactTable {
    /// The distinct values, in order of first use.
    private(set) var values: [JSONValue] = []
    private var indexes: [JSONValue: Int] = [:]

    /// The index of `value`, added when it is new.
    mutating func index(of value: JSONValue) -> Int {
        if let index = indexes[value] { return index }
        values.append(value)
        indexes[value] = values.count - 1
        return values.count - 1
    }
}
