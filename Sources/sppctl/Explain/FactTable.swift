import PolicyModel

/// The distinct values of one kind of fact in a structured document, in order of first use,
/// so that the document refers to each by its index instead of repeating it.
struct FactTable {
    /// The distinct values, in order of first use.
    private(set) var values: [JSONValue] = []
    private var indexes: [JSONValue: Int] = [:]

    /// A table with room for `capacity` distinct values (hashing a large value is costly, and a
    /// growing table hashes every value again each time it grows).
    init(capacity: Int = 0) {
        values.reserveCapacity(capacity)
        indexes.reserveCapacity(capacity)
    }

    /// The index of `value`, added when it is new (the value is hashed once).
    mutating func index(of value: JSONValue) -> Int {
        let index = Self.read(&indexes[value, default: values.count])
        if index == values.count { values.append(value) }
        return index
    }

    /// The slot's value; through `inout`, a `default:` subscript stores the default when absent.
    private static func read(_ slot: inout Int) -> Int { slot }
}
