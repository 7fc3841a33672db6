/// A JSON value with ordered object keys, rendered deterministically: the same value always
/// gives the same bytes. Used by every JSON output of sppctl.
public enum JSONValue: Sendable, Hashable {
    /// An object; keys keep the order given.
    case object([(String, JSONValue)])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// An integer.
    case int(Int64)
    /// A boolean.
    case bool(Bool)
    /// null.
    case null

    /// `.string` or `.null`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Renders with two-space indentation and a final newline.
    public func rendered() -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``rendered()``, written straight into one buffer.
    public func renderedBytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(into: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    /// Writes the value (no final newline) as it appears at `indent` inside a document.
    func write<Sink: ByteSink>(into output: inout Sink, indent: Int) {
        switch self {
        case .null: output.append(literal: "null")
        case .bool(let value): output.append(literal: value ? "true" : "false")
        case .int(let value): output.append(decimal: value)
        case .string(let value): Self.writeString(value, into: &output)
        case .array(let items):
            Self.writeArray(count: items.count, indent: indent, into: &output) { index, output in
                items[index].write(into: &output, indent: indent + 2)
            }
        case .object(let members):
            Self.writeObject(count: members.count, key: { members[$0].0 }, indent: indent, into: &output) { index, output in
                members[index].1.write(into: &output, indent: indent + 2)
            }
        }
    }

    /// Writes an array of `count` items at `indent`; `item` writes item `index` at `indent + 2`
    /// (shared with ``JSONObjectStream``, whose items are made as they are written).
    static func writeArray<Sink: ByteSink>(count: Int, indent: Int, into output: inout Sink, item: (Int, inout Sink) -> Void) {
        if count == 0 { output.append(literal: "[]"); return }
        output.append(literal: "[\n")
        for index in 0..<count {
            writeIndent(indent + 2, into: &output)
            item(index, &output)
            output.append(literal: index == count - 1 ? "\n" : ",\n")
        }
        writeIndent(indent, into: &output)
        output.append(UInt8(ascii: "]"))
    }

    /// Writes an object of `count` members at `indent`: member `index` is named `key(index)`,
    /// and `value` writes its value at `indent + 2`.
    static func writeObject<Sink: ByteSink>(count: Int, key: (Int) -> String, indent: Int, into output: inout Sink,
                                            value: (Int, inout Sink) -> Void) {
        if count == 0 { output.append(literal: "{}"); return }
        output.append(literal: "{\n")
        for index in 0..<count {
            writeIndent(indent + 2, into: &output)
            writeString(key(index), into: &output)
            output.append(literal: ": ")
            value(index, &output)
            output.append(literal: index == count - 1 ? "\n" : ",\n")
        }
        writeIndent(indent, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    private static func writeIndent<Sink: ByteSink>(_ count: Int, into output: inout Sink) {
        output.append(spaces: count)
    }

    /// `value` as a double-quoted string literal. The escapes used are common to JSON and
    /// YAML's double-quoted style, and every line-break character (also U+0085, U+2028,
    /// U+2029) is escaped, so the literal reads back as `value` in both.
    public static func quoted(_ value: String) -> String {
        var output: [UInt8] = []
        writeString(value, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes `value` quoted, byte by byte: the characters to escape are all found by their
    /// UTF-8 bytes (U+0085 is C2 85, U+2028 and U+2029 are E2 80 A8 and E2 80 A9).
    static func writeString<Sink: ByteSink>(_ value: String, into output: inout Sink) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var index = 0
            var copied = 0
            while index < bytes.count {
                // Straight to the next byte that needs a look (a control, quote, backslash, DEL or
                // non-ASCII byte), eight at a time: most text is none of them. Fewer than eight
                // left are padded with spaces, which need none.
                let left = bytes.count - index
                var word: UInt64 = 0x2020_2020_2020_2020
                if left >= 8 {
                    word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                } else {
                    withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[index...])) }
                }
                let marks = Self.bytesToLookAt(UInt64(littleEndian: word))
                if marks == 0 {
                    index += min(8, left)
                    continue
                }
                index += marks.trailingZeroBitCount / 8
                let byte = bytes[index]
                var escape: StaticString?
                var unicode: UInt32?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0..<0x20, 0x7F: unicode = UInt32(byte)
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
                    unicode = 0x85; width = 2
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    unicode = bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029; width = 3
                default: break
                }
                if escape != nil || unicode != nil {
                    output.append(bytes: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    if let escape { output.append(literal: escape) }
                    if let unicode { output.append(contentsOf: unicodeEscape(unicode)) }
                    index += width
                    copied = index
                } else {
                    index += 1
                }
            }
            output.append(bytes: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The high bit of each of eight bytes (the first in the low byte) that is below 0x20, a
    /// quote, a backslash, DEL or above 0x7F. The lowest is exact: only a byte above 0x7F can
    /// carry into the test of the byte after it, and such a byte is marked itself.
    private static func bytesToLookAt(_ word: UInt64) -> UInt64 {
        let special = ByteWord.bytes(word, equalTo: 0x22) | ByteWord.bytes(word, equalTo: 0x5C) | ByteWord.bytes(word, equalTo: 0x7F)
        return (word & ByteWord.highBits) | ByteWord.bytesBelowSpace(inASCII: word) | special
    }

    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let hex = String(value, radix: 16)
        return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }

    /// Equality that respects key order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Hashes the value with its key order, consistently with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(1); hasher.combine(value)
        case .int(let value): hasher.combine(2); hasher.combine(value)
        case .string(let value): hasher.combine(3); hasher.combine(value)
        case .array(let items):
            hasher.combine(4)
            hasher.combine(items.count)
            for item in items { item.hash(into: &hasher) }
        case .object(let members):
            hasher.combine(5)
            hasher.combine(members.count)
            for (key, value) in members {
                hasher.combine(key)
                value.hash(into: &hasher)
            }
        }
    }
}
