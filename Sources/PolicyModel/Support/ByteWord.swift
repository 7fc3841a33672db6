/// Eight bytes of a word tested at once (little-endian: byte `i` is bits `8i..<8i+8`). Each test
/// gives a mask with the high bit of every byte that passes it, and is exact: no carry crosses
/// from one byte into the next.
enum ByteWord {
    /// The high bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that is `byte`: such a byte becomes a zero byte,
    /// whose high bit the arithmetic below sets.
    static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let value = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((value & lows) &+ lows) | value | lows)
    }

    /// The high bit of each byte of `word` below 0x20, when every byte of `word` is ASCII
    /// (adding 0x60 sets the high bit of each byte from 0x20 up, and carries none further).
    static func bytesBelowSpace(inASCII word: UInt64) -> UInt64 {
        ~(word &+ 0x6060_6060_6060_6060) & highBits
    }
}
