import Glibc

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

    /// What a scalar resolves to, told from its UTF-8 bytes: the value itself for null, a
    /// boolean, a number that fits and a float; only the type for a string or a larger whole
    /// number, whose text a caller makes when it needs it (most checks need only the type).
    enum Resolution: Equatable {
        case null
        case bool(Bool)
        case int(Int64)
        case bigInt
        case float(Double)
        case string
    }

    /// The value of a scalar written as `text`, `plain` (unquoted) or not, with its explicit `tag`.
    static func resolve(text: String, plain: Bool, tag: String?) -> ScalarValue {
        // In place when the text is contiguous (always, for the loader's strings): a copy to
        // make it so would retain and release it.
        let resolved = text.utf8.withContiguousStorageIfAvailable { resolution(of: $0, plain: plain, tag: tag) } ?? {
            var copy = text
            return copy.withUTF8 { resolution(of: $0, plain: plain, tag: tag) }
        }()
        switch resolved {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .int(let value): return .int(value)
        case .bigInt: return .bigInt(text)
        case .float(let value): return .float(value)
        case .string: return .string(text)
        }
    }

    /// How a scalar whose text is `bytes` resolves (see ``resolve(text:plain:tag:)``).
    static func resolution(of bytes: UnsafeBufferPointer<UInt8>, plain: Bool, tag: String?) -> Resolution {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:str", "!!str", "!": return .string
            case "tag:yaml.org,2002:int", "!!int": return number(bytes) ?? .string
            case "tag:yaml.org,2002:bool", "!!bool":
                return equals(bytes, "true") ? .bool(true) : equals(bytes, "false") ? .bool(false) : .string
            case "tag:yaml.org,2002:null", "!!null": return .null
            default: break
            }
        }
        guard plain else { return .string }
        // The first byte tells words that may be null or a boolean from numbers and the rest,
        // before any comparison of whole words.
        switch bytes.first {
        case nil:
            return .null
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "f"):
            if equals(bytes, "~") || equals(bytes, "null") || equals(bytes, "Null") || equals(bytes, "NULL") { return .null }
            if equals(bytes, "true") { return .bool(true) }
            if equals(bytes, "false") { return .bool(false) }
            return .string
        default:
            return number(bytes) ?? .string
        }
    }

    /// The number `bytes` spell: a decimal integer (``Resolution/bigInt`` past 64 bits), `0x` or
    /// `0o` and digits of that radix that fit in 64 bits, `.inf` or `.nan`, or a decimal float.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Resolution? {
        // Most scalars are words: the first byte rules them out.
        guard let first = bytes.first else { return nil }
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || isDigit(first) else { return nil }
        if isDecimalInteger(bytes) {
            // An optional sign and decimal digits only: what does not fit is a big integer.
            return integer(bytes[...], radix: 10).map(Resolution.int) ?? .bigInt
        }
        if bytes.count > 2, first == UInt8(ascii: "0") {
            let radix: Int64? = bytes[1] == UInt8(ascii: "x") ? 16 : bytes[1] == UInt8(ascii: "o") ? 8 : nil
            if let radix, let value = integer(bytes[2...], radix: radix) { return .int(value) }
        }
        let infinities: [StaticString] = [".inf", "+.inf", ".Inf", "+.Inf", ".INF", "+.INF"]
        let negativeInfinities: [StaticString] = ["-.inf", "-.Inf", "-.INF"]
        let notNumbers: [StaticString] = [".nan", ".NaN", ".NAN"]
        if infinities.contains(where: { equals(bytes, $0) }) { return .float(.infinity) }
        if negativeInfinities.contains(where: { equals(bytes, $0) }) { return .float(-.infinity) }
        if notNumbers.contains(where: { equals(bytes, $0) }) { return .float(.nan) }
        // Floats are rare: their text is made only here.
        if isFloat(bytes), let value = Double(String(decoding: bytes, as: UTF8.self)) { return .float(value) }
        return nil
    }

    /// The integer `digits` spell in `radix` (as `Int64(_:radix:)` reads them: an optional sign,
    /// then one or more digits, letters in either case), or nil when they spell none or it does
    /// not fit in 64 bits.
    private static func integer(_ digits: Slice<UnsafeBufferPointer<UInt8>>, radix: Int64) -> Int64? {
        var index = digits.startIndex
        let negative = index < digits.endIndex && digits[index] == UInt8(ascii: "-")
        if index < digits.endIndex, negative || digits[index] == UInt8(ascii: "+") { index += 1 }
        guard index < digits.endIndex else { return nil }
        // Accumulated as a negative number, which reaches Int64.min.
        var value: Int64 = 0
        while index < digits.endIndex {
            let byte = digits[index]
            let digit: Int64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int64(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int64(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (next, underflow) = shifted.subtractingReportingOverflow(digit)
            guard !overflow, !underflow else { return nil }
            value = next
            index += 1
        }
        if negative { return value }
        return value == .min ? nil : -value
    }

    /// True when `bytes` are exactly the ASCII `word`.
    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount && (bytes.isEmpty || memcmp(bytes.baseAddress!, word.utf8Start, bytes.count) == 0)
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
