/// The value a scalar resolves to under sppctl's strict YAML rules.
///
/// Strict means: only `true` and `false` are booleans (not `yes`, `on`, `True`), only
/// `null`, `~` and the empty plain scalar are null, and integers are decimal (or `0x`/`0o`).
public enum ScalarValue: Sendable, Equatable {
    /// Null.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number that fits in 64 bits.
    case int(Int64)
    /// A whole number too large for 64 bits, kept as written.
    case bigInt(String)
    /// A floating-point number.
    case float(Double)
    /// Anything else.
    case string(String)

    /// The type name used in messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .bigInt: return "integer"
        case .float: return "number"
        case .string: return "string"
        }
    }

    /// Resolves the text of a scalar.
    static func resolve(text: String, plain: Bool, tag: String?) -> ScalarValue {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:str", "!!str", "!": return .string(text)
            case "tag:yaml.org,2002:int", "!!int": return resolveNumber(text) ?? .string(text)
            case "tag:yaml.org,2002:bool", "!!bool":
                return text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
            case "tag:yaml.org,2002:null", "!!null": return .null
            default: break
            }
        }
        guard plain else { return .string(text) }
        // The first byte tells words that may be null or a boolean from numbers and the rest,
        // before any comparison of whole strings.
        switch text.utf8.first {
        case nil:
            return .null
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "f"):
            if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
            if text == "true" { return .bool(true) }
            if text == "false" { return .bool(false) }
            return .string(text)
        default:
            return resolveNumber(text) ?? .string(text)
        }
    }

    private static func resolveNumber(_ text: String) -> ScalarValue? {
        // Most scalars are words: the first byte rules them out before anything is copied.
        guard let first = text.utf8.first else { return nil }
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
            || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return nil }
        var copy = text
        let (decimal, float) = copy.withUTF8 { bytes in (isDecimalInteger(bytes), isFloat(bytes)) }
        if decimal {
            if let value = Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .int(value) }
            return .bigInt(text)
        }
        let bytes = text.utf8
        if bytes.count > 2, first == UInt8(ascii: "0") {
            let second = bytes[bytes.index(after: bytes.startIndex)]
            let radix: Int? = second == UInt8(ascii: "x") ? 16 : second == UInt8(ascii: "o") ? 8 : nil
            if let radix, let value = Int64(String(text.dropFirst(2)), radix: radix) { return .int(value) }
        }
        switch text {
        case ".inf", "+.inf", ".Inf", "+.Inf", ".INF", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        if float, let value = Double(text) { return .float(value) }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isDecimalInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
        guard index < bytes.count else { return false }
        return bytes[index...].allSatisfy(isDigit)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var digits = 0
        while index < bytes.count, isDigit(bytes[index]) { index += 1; digits += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            var exponentDigits = 0
            while index < bytes.count, isDigit(bytes[index]) { index += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return false }
        }
        return index == bytes.count
    }
}
