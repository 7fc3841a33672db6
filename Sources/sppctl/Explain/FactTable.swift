import PolicyModel

/// The distinct values of one kind of fact in a structured document, in order of first use,
/// so that the document refers to each by its index instead of repeating it.
struct FactTable {
    /// The distinct values, in order of first use.
    let values: [JSONValue]
    /// For each value given, the index of its equal in ``values``.
    let indexes: [Int]

    /// A value with its hash worked out beforehand (on a worker): the table then hashes one
    /// number per value, and compares whole values only when their hashes are equal.
    private struct Hashed: Hashable {
        let value: JSONValue
        let hash: Int

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (left: Hashed, right: Hashed) -> Bool { left.hash == right.hash && left.value == right.value }
    }

    /// The table of the `count` values `make` gives (in order), made and hashed on up to `jobs`
    /// workers; the table does not depend on `jobs`.
    init(count: Int, jobs: Int, _ make: @Sendable (Int) -> JSONValue) {
        let made = OrderedParallel.map(count: count, jobs: jobs) { range in
            range.map { index -> Hashed in
                let value = make(index)
                return Hashed(value: value, hash: value.hashValue)
            }
        }
        var values: [JSONValue] = []
        var positions: [Hashed: Int] = [:]
        positions.reserveCapacity(count)
        indexes = made.map { hashed in
            let index = Self.read(&positions[hashed, default: values.count])
            if index == values.count { values.append(hashed.value) }
            return index
        }
        self.values = values
    }

    /// The slot's value; through `inout`, a `default:` subscript stores the default when absent.
    private static func read(_ slot: inout Int) -> Int { slot }
}
