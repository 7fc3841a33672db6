/// Checks that a value from a manifest can be written into a configuration as it is: each
/// exporter accepts only what these predicates allow and reports everything else as an error
/// notice, so a manifest can never add a line, directive, header or server.
public enum SafeText {
    /// A cookie or header name that every target can carry unquoted: a letter or digit, then
    /// letters, digits, `.`, `_` and `-` (a subset of the RFC 7230 token).
    public static func isPlainName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isAlphanumeric(first), text.unicodeScalars.count <= 256 else { return false }
        return text.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    /// An RFC 7230 token: what a cookie or header name may be at all.
    public static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            isAlphanumeric(scalar) || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar)
        }
    }

    /// A URL path for a match: starts with `/`, then unreserved characters, `/`, and
    /// percent-escapes; nothing a configuration grammar treats specially.
    public static func isPlainPath(_ text: String) -> Bool {
        guard text.hasPrefix("/"), text.unicodeScalars.count <= 1024 else { return false }
        return text.unicodeScalars.allSatisfy { isAlphanumeric($0) || "/._~%-".unicodeScalars.contains($0) }
    }

    /// A hostname or `*.` wildcard hostname as Gateway API allows it.
    public static func isHostname(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("*.") { body = body.dropFirst(2) }
        guard !body.isEmpty, body.count <= 253 else { return false }
        return body.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "." || $0 == "-" }
    }

    /// A regular expression without whitespace, quotes, backslash-escaped line breaks or
    /// characters outside printable ASCII: safe inside a double-quoted configuration string.
    public static func isPlainRegex(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.count <= 1024 && text.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && !"\"'`;{}#$\\".unicodeScalars.contains(scalar)
        }
    }

    /// An endpoint address: an IPv4 or IPv6 literal, or a DNS name.
    public static func isAddress(_ text: String) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= 253 else { return false }
        return text.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "." || $0 == "-" || $0 == ":" }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
    }
}
