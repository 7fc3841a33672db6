/// The bytes of one input and the questions asked of them: where a byte offset is, what a
/// line says, and whether the bytes are UTF-8 text at all.
public struct SourceText: Sendable {
    /// The raw bytes as read.
    public let bytes: [UInt8]

    /// Wraps the bytes of an input.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    public func position(ofByteOffset offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = 0
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

    /// The byte offset where each line starts, for ``line(_:starts:)``: one pass over the
    /// bytes, so that many excerpts of one file cost no more than one.
    public func lineStarts() -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == 0x0A { starts.append(index + 1) }
        }
        return starts
    }

    /// The text of a 1-based line, found through `starts` (``lineStarts()``).
    public func line(_ number: Int, starts: [Int]) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        guard start <= bytes.count, number == 1 || start > 0 else { return nil }
        var end = number < starts.count ? starts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The text of a 1-based line without its line break, or `nil` past the end.
    /// Invalid UTF-8 is shown as U+FFFD.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = 0
        if number > 1 {
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0A {
                    current += 1
                    if current == number {
                        start = index + 1
                        break
                    }
                }
                index += 1
            }
            guard current == number else { return nil }
        }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The first byte that keeps these bytes from being YAML text: a NUL byte or a byte that
    /// is not part of a valid UTF-8 sequence. `nil` when the text is clean.
    public func firstEncodingProblem() -> (offset: Int, message: String)? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 {
                    return (index, "NUL byte: this is binary data, not YAML or JSON text")
                }
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
                return (index, "invalid UTF-8: byte 0x\(hex(byte)) cannot start a character")
            }
            guard index + length <= count else {
                return (index, "invalid UTF-8: the character starting with byte 0x\(hex(byte)) is cut off by the end of the file")
            }
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else {
                    return (index, "invalid UTF-8: byte 0x\(hex(byte)) is not followed by a continuation byte")
                }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return (index, "invalid UTF-8: bytes starting with 0x\(hex(byte)) do not encode a valid character")
            }
            index += length
        }
        return nil
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
