/// A path pattern for `--ignore` and the configuration's `ignore` list: `*` matches within
/// one path segment, `**` across segments, `?` one character. A pattern matches a path when
/// it matches the whole path or any tail of it that starts at a segment (`vendor/**` matches
/// `deploy/vendor/a.yaml`).
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let description: String
    private let characters: [Character]

    /// Creates a pattern.
    public init(_ pattern: String) {
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        description = pattern
        characters = Array(text)
    }

    /// Whether the pattern matches `path`.
    public func matches(_ path: String) -> Bool {
        var candidate = path
        while candidate.hasPrefix("./") { candidate.removeFirst(2) }
        let pathCharacters = Array(candidate)
        if Self.match(characters[...], pathCharacters[...]) { return true }
        for (index, character) in pathCharacters.enumerated() where character == "/" {
            if Self.match(characters[...], pathCharacters[(index + 1)...]) { return true }
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == "*" {
            let isDouble = pattern.dropFirst().first == "*"
            var rest = pattern.dropFirst(isDouble ? 2 : 1)
            if isDouble, rest.first == "/" {
                // `**/` also matches nothing at all.
                if match(rest.dropFirst(), text) { return true }
                rest = pattern.dropFirst(2)
            }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                guard index < text.endIndex, isDouble || text[index] != "/" else { return false }
                index += 1
            }
        }
        guard let character = text.first else { return false }
        if first == "?" ? character != "/" : first == character {
            return match(pattern.dropFirst(), text.dropFirst())
        }
        return false
    }
}
