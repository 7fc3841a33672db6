/// The field names a compact ``FieldPath`` can hold: the fields the decoder reads and the rules
/// name, and the other fields of the kinds sppctl checks that findings commonly point at. A
/// path through any other name keeps its text instead (it works the same, only larger).
enum StepNames {
    /// The names, each numbered by its position plus one (at most 127 of them: a step is a byte
    /// whose high bit marks a list index).
    static let all: [String] = [
        "apiVersion", "kind", "metadata", "spec", "status",
        "name", "generateName", "namespace", "creationTimestamp", "annotations", "labels",
        "group", "sectionName", "port", "weight", "targetRef", "targetRefs", "parentRef", "parentRefs",
        "rules", "backendRefs", "matches", "filters", "hostnames", "path", "value", "headers", "method",
        "sessionPersistence", "sessionName", "absoluteTimeout", "idleTimeout", "type", "cookie", "cookieConfig",
        "lifetimeType", "header", "absoluteTimeoutSeconds", "idleTimeoutSeconds",
        "listeners", "protocol", "hostname", "allowedRoutes", "namespaces", "kinds", "from", "selector", "tls",
        "to", "ports", "sessionAffinity", "sessionAffinityConfig", "clientIP", "timeoutSeconds",
        "endpoints", "addresses", "conditions", "timeouts", "request", "backendRequest",
    ]

    /// Each name's number, found among the few names of its length and first byte: every value
    /// the decoder reads makes a path, and a hashed lookup cost several times more.
    static func number(of name: String) -> UInt8? {
        let utf8 = name.utf8
        guard let first = utf8.first, utf8.count < 32 else { return nil }
        let bucket = Self.bucket(count: utf8.count, first: first)
        for index in Int(table.starts[bucket])..<Int(table.starts[bucket + 1]) where table.entries[index].name == name {
            return table.entries[index].number
        }
        return nil
    }

    private static func bucket(count: Int, first: UInt8) -> Int { count << 5 | Int(first & 31) }

    /// The names with their numbers, ordered by bucket; `starts[bucket]` is a bucket's first.
    private static let table: (entries: [(name: String, number: UInt8)], starts: [UInt16]) = {
        precondition(all.count < 0x80 && Set(all).count == all.count && all.allSatisfy { (1..<32).contains($0.utf8.count) },
                     "up to 127 distinct names of 1 to 31 bytes")
        let numbered = all.enumerated().map { (name: $0.element, number: UInt8($0.offset + 1)) }
        let entries = numbered.sorted { bucket(count: $0.name.utf8.count, first: $0.name.utf8.first!) < bucket(count: $1.name.utf8.count, first: $1.name.utf8.first!) }
        var starts = [UInt16](repeating: 0, count: 32 << 5 + 1)
        for entry in entries { starts[bucket(count: entry.name.utf8.count, first: entry.name.utf8.first!) + 1] += 1 }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        return (entries, starts)
    }()
}
