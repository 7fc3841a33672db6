/// Hand-written matchers for the CRD patterns that sppctl checks, so no regular-expression
/// engine runs on the hot path. A test compares each against the upstream regular expression.
public enum PatternMatcher {
    /// Whether `value` matches `pattern`; `nil` when sppctl has no matcher for the pattern.
    public static func matches(_ value: String, pattern: String) -> Bool? {
        switch pattern {
        case SchemaPatterns.duration: return GEPDuration.parse(value) != nil
        case SchemaPatterns.group: return value.isEmpty || isSubdomain(value)
        case SchemaPatterns.kind: return isKind(value)
        case SchemaPatterns.namespace: return isLabel(value)
        case SchemaPatterns.sectionName: return isSubdomain(value)
        case SchemaPatterns.hostname:
            return value.hasPrefix("*.") ? isSubdomain(String(value.dropFirst(2))) : isSubdomain(value)
        case SchemaPatterns.token: return isToken(value)
        default: return nil
        }
    }

    /// RFC 7230 `tchar`: the characters of a header name, and of a cookie name on main.
    public static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// A non-empty string of token characters.
    public static func isToken(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.allSatisfy(isTokenCharacter)
    }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?`
    public static func isLabel<S: StringProtocol>(_ value: S) -> Bool {
        var value = Substring(value)
        return value.withUTF8 { isLabel($0) }
    }

    /// Labels joined by dots.
    public static func isSubdomain(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            // Each label between dots, judged on the bytes (no substrings are made).
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: ".") {
                guard isLabel(UnsafeBufferPointer(rebasing: bytes[start..<index])) else { return false }
                start = index + 1
            }
            return true
        }
    }

    private static func isLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        func alphanumeric(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        return alphanumeric(first) && alphanumeric(last) && bytes.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// `[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?`
    public static func isKind(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { isKind($0) }
    }

    private static func isKind(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        func letter(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        }
        func alphanumeric(_ byte: UInt8) -> Bool { letter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) }
        return letter(first) && alphanumeric(last) && bytes.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: "-") }
    }
}
