#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input while it loads, and the questions asked of them: where a byte
/// offset is, whether the bytes are UTF-8 text at all, and whether they are a Helm template.
/// They are held in memory (standard input, text a test loads, a small file) or mapped from
/// a large file (see ``MappedFile``).
public struct SourceText: Sendable {
    private enum Storage: Sendable {
        case memory([UInt8])
        case mapped(MappedFile)
    }

    private let storage: Storage

    /// Wraps the bytes of an input.
    public init(bytes: [UInt8]) {
        storage = .memory(bytes)
    }

    /// The bytes of a mapped file.
    init(mapped file: MappedFile) {
        storage = .mapped(file)
    }

    /// The number of bytes.
    public var count: Int {
        switch storage {
        case .memory(let bytes): bytes.count
        case .mapped(let file): file.count
        }
    }

    /// Calls `body` with the bytes, valid for the duration of the call.
    public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch storage {
        case .memory(let bytes): try bytes.withUnsafeBufferPointer(body)
        case .mapped(let file): try body(file.buffer)
        }
    }

    /// Says the loader is done with the bytes in `range`: a mapped file gives back their pages
    /// (read again from the file if they are read again); bytes in memory stay as they are.
    func release(_ range: Range<Int>) {
        if case .mapped(let file) = storage { file.release(range) }
    }

    /// The index of the first line break (`\n`) in `bytes` at or after `start`, if any: found
    /// with `memchr`, at memory speed.
    public static func lineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        first(0x0A, in: bytes, from: start)
    }

    /// Where the `count`-th line break at or after `start` ends (the index after it), or, when
    /// `bytes` has fewer, the end of `bytes` and how many it has: line breaks are counted eight
    /// bytes at a time, for skipping many lines at memory speed.
    public static func skipLineBreaks(_ count: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, skipped: Int) {
        guard count > 0, let base = bytes.baseAddress else { return (start, 0) }
        var position = start
        var skipped = 0
        // Whole words while they hold fewer breaks than are left to skip.
        while position + 8 <= bytes.count {
            let inWord = lineFeeds(in: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            if skipped + inWord >= count { break }
            skipped += inWord
            position += 8
        }
        // Then one break at a time.
        while skipped < count, let lineBreak = lineBreak(in: bytes, from: position) {
            skipped += 1
            position = lineBreak + 1
        }
        return skipped < count ? (bytes.count, skipped) : (position, skipped)
    }

    /// The number of `\n` bytes in a word.
    private static func lineFeeds(in word: UInt64) -> Int {
        ByteWord.bytes(word, equalTo: 0x0A).nonzeroBitCount
    }

    /// The index of the first `byte` in `bytes` at or after `start`, if any (`memchr`).
    public static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// The length of the UTF-8 byte order mark that starts `bytes`: 3, or 0 when there is none.
    /// It is not part of the text: columns on line 1 are counted after it, as libyaml counts them.
    public static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    public func position(ofByteOffset offset: Int) -> (line: Int, column: Int) {
        withUnsafeBufferPointer { bytes in
            var line = 1
            var column = 1
            var index = Self.byteOrderMarkLength(bytes)
            let end = min(offset, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            return (line, column)
        }
    }

    /// The byte offset of the first Go template action (`{{ … }}` on one line), when there is
    /// one: the text is then an unrendered Helm template.
    public func firstTemplateAction() -> Int? {
        withUnsafeBufferPointer(Self.firstTemplateAction)
    }

    /// ``firstTemplateAction()`` in `buffer` (whole lines: an action is on one line).
    static func firstTemplateAction(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        let count = buffer.count
        var index = 0
        // memchr finds each `{`; almost no YAML has one, so this costs about a memory scan.
        while index + 1 < count, let found = memchr(base + index, Int32(UInt8(ascii: "{")), count - 1 - index) {
            let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if buffer[at + 1] == UInt8(ascii: "{") {
                var end = at + 2
                while end + 1 < count, buffer[end] != 0x0A {
                    if buffer[end] == UInt8(ascii: "}"), buffer[end + 1] == UInt8(ascii: "}") { return at }
                    end += 1
                }
            }
            index = at + 1
        }
        return nil
    }

    /// What ``check(_:)`` finds.
    struct TextCheck: Sendable {
        /// The first byte that keeps the bytes from being YAML text: a NUL byte or a byte that is
        /// not part of a valid UTF-8 sequence, with what is wrong with it.
        let problem: (offset: Int, message: String)?
        /// The offset of the first character before it that libyaml's reader refuses ("control
        /// characters are not allowed": C0 and C1 controls but tab, line feed, carriage return
        /// and U+0085, DEL, U+FFFE and U+FFFF).
        let control: Int?
        /// True when the text holds a line break libyaml counts and sppctl does not: a lone
        /// carriage return, U+0085, U+2028 or U+2029 (see ``LineBreakCorrection``).
        var unusualBreaks = false
    }

    /// Checks `bytes` (whole characters: a problem is found where it starts) in one pass:
    /// libyaml finds a control character only when its reader decodes the block of input
    /// that holds it, some way ahead of what it has parsed, so it is looked for here instead.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> TextCheck {
        var control: Int?
        var unusualBreaks = false
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        func isLoneCarriageReturn(_ index: Int) -> Bool {
            index + 1 == count || bytes[index + 1] != 0x0A
        }
        while index < count {
            // Eight ASCII bytes at a time, none of them NUL (nor, until one is found, another
            // control character but a tab or a line break): most YAML is nothing else.
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & ByteWord.highBits == 0 && (word &- 0x0101_0101_0101_0101) & ~word & ByteWord.highBits == 0 {
                    if control == nil, let found = Self.firstControl(inASCII: word) { control = index + found }
                    // Only a word with a byte below 0x20 (exact for ASCII) can hold a carriage return.
                    if !unusualBreaks, (word &- 0x2020_2020_2020_2020) & ~word & ByteWord.highBits != 0 {
                        var returns = ByteWord.bytes(word, equalTo: 0x0D)
                        while returns != 0 && !unusualBreaks {
                            unusualBreaks = isLoneCarriageReturn(index + returns.trailingZeroBitCount / 8)
                            returns &= returns - 1
                        }
                    }
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 {
                    return TextCheck(problem: (index, "NUL byte: this is binary data, not YAML or JSON text"), control: control)
                }
                if control == nil, Self.isControl(byte) { control = index }
                if byte == 0x0D && isLoneCarriageReturn(index) { unusualBreaks = true }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
            default:
                return TextCheck(problem: (index, "invalid UTF-8: byte 0x\(hex(byte)) cannot start a character"), control: control)
            }
            guard index + length <= count else {
                return TextCheck(problem: (index, "invalid UTF-8: the character starting with byte 0x\(hex(byte)) is cut off by the end of the file"),
                                 control: control)
            }
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else {
                    return TextCheck(problem: (index, "invalid UTF-8: byte 0x\(hex(byte)) is not followed by a continuation byte"), control: control)
                }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return TextCheck(problem: (index, "invalid UTF-8: bytes starting with 0x\(hex(byte)) do not encode a valid character"), control: control)
            }
            if control == nil, (0x80...0x9F).contains(scalar) && scalar != 0x85 || scalar == 0xFFFE || scalar == 0xFFFF { control = index }
            if scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029 { unusualBreaks = true }
            index += length
        }
        return TextCheck(problem: nil, control: control, unusualBreaks: unusualBreaks)
    }

    /// The index of the first byte of eight ASCII bytes (little-endian) that libyaml's reader
    /// refuses, found for all eight at once: bytes below 0x20 but tab, line feed and carriage
    /// return, and DEL.
    private static func firstControl(inASCII word: UInt64) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // Most words have no byte below 0x20 and no DEL: told at once (the test is exact for ASCII).
        let deletes = word ^ (ones &* 0x7F)
        if (word &- ones &* 0x20) & ~word & ByteWord.highBits == 0 && (deletes &- ones) & ~deletes & ByteWord.highBits == 0 { return nil }
        let allowed = ByteWord.bytes(word, equalTo: 0x09) | ByteWord.bytes(word, equalTo: 0x0A) | ByteWord.bytes(word, equalTo: 0x0D)
        let refused = (ByteWord.bytesBelowSpace(inASCII: word) & ~allowed) | ByteWord.bytes(word, equalTo: 0x7F)
        return refused == 0 ? nil : refused.trailingZeroBitCount / 8
    }

    /// True for an ASCII byte libyaml's reader refuses: a C0 control but tab, line feed and
    /// carriage return, or DEL.
    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// `byte` as two upper-case hexadecimal digits.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
