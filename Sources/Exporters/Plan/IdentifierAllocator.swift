/// Makes identifiers for configuration names (backends, upstreams, clusters, maps) from
/// manifest names: only `[A-Za-z0-9_]`, at most 48 characters, unique within one export.
struct IdentifierAllocator {
    private var used = Set<String>()

    /// A new identifier based on `text`.
    mutating func allocate(_ text: String) -> String {
        var base = String(text.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.isAlphanumeric(scalar) || scalar == "_") ? Character(scalar) : "_"
        })
        if base.count > 48 { base = String(base.prefix(48)) }
        if base.isEmpty || base.first!.isNumber { base = "x" + base }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)_\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}

private enum CharacterSet {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
    }
}
