/// Where rendered bytes go inside PolicyModel's writers: a byte array, or a ``ChunkedWriter``.
/// Internal, so that each writer is specialised for both within the module.
protocol ByteSink {
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
    /// Appends bytes.
    mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8
}

extension Array: ByteSink where Element == UInt8 {}
