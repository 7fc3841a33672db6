/// The classes of bytes that ``BlockValueCheck`` tells apart, each as a mask of the 128 ASCII
/// bytes (a bit a byte, in two words), so that each byte it reads costs one test.
enum ByteClass {
    /// Letters, digits and `._/-`: a plain key it knows.
    private static var key: (UInt64, UInt64) { (0x03ff_e000_0000_0000, 0x07ff_fffe_87ff_fffe) }
    /// Spaces, controls, `:` and brackets: what a plain scalar in a block needs a second look at.
    private static var plainLook: (UInt64, UInt64) { (0x0400_0001_ffff_ffff, 0xa800_0000_2800_0000) }
    /// Spaces, controls, `,:#` and brackets: what a plain scalar in a flow collection needs a second look at.
    private static var flowLook: (UInt64, UInt64) { (0x0400_1009_ffff_ffff, 0xa800_0000_2800_0000) }

    /// True when `byte` may be part of a plain key that ``BlockValueCheck`` knows.
    static func isKey(_ byte: UInt8) -> Bool {
        contains(key, byte)
    }

    /// True when `byte`, in a plain scalar of a block, is anything but a character of it
    /// (bytes past ASCII are looked at too).
    static func needsLook(inPlainScalar byte: UInt8) -> Bool {
        byte >= 0x80 || contains(plainLook, byte)
    }

    /// True when `byte`, in a plain scalar of a flow collection, is anything but a character of
    /// it (bytes past ASCII are looked at too).
    static func needsLook(inFlowScalar byte: UInt8) -> Bool {
        byte >= 0x80 || contains(flowLook, byte)
    }

    private static func contains(_ mask: (UInt64, UInt64), _ byte: UInt8) -> Bool {
        byte < 64 ? (mask.0 >> UInt64(byte)) & 1 != 0 : byte < 128 && (mask.1 >> UInt64(byte - 64)) & 1 != 0
    }
}
