/// Where rendered bytes go inside PolicyModel's writers: a byte array, or a ``ChunkedWriter``.
/// Internal, so that each writer is specialised for both within the module.
protocol ByteSink {
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
    /// Appends bytes.
    mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8
    /// Appends contiguous bytes: the writers' every piece (a key, a few spaces, a run of a
    /// string), which a sink may copy faster than any sequence.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        append(contentsOf: bytes)
    }
}

extension ByteSink {
    /// Appends the UTF-8 bytes of a literal, copied as one block.
    mutating func append(literal: StaticString) {
        append(bytes: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends `value` in decimal, without making a string of it first.
    mutating func append(decimal value: Int64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { append(UInt8(ascii: "-")) }
            append(bytes: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends `count` spaces.
    mutating func append(spaces count: Int) {
        var remaining = count
        while remaining > 0 {
            let run = Swift.min(remaining, byteSinkSpaces.utf8CodeUnitCount)
            append(bytes: UnsafeBufferPointer(start: byteSinkSpaces.utf8Start, count: run))
            remaining -= run
        }
    }
}

/// A run of spaces to copy indentation from: a literal, not a global array (which is reached
/// through a lazy initializer on every use).
private var byteSinkSpaces: StaticString { "                                                                " }
