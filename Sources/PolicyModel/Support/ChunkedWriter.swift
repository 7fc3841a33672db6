/// Gathers rendered bytes and passes them on whenever a chunk is full, so that a large
/// document (a JSON report of tens of megabytes) is never held whole.
public struct ChunkedWriter: ByteSink {
    private let chunkSize: Int
    private let output: (UnsafeBufferPointer<UInt8>) -> Void
    private var buffer: [UInt8] = []

    /// A writer that calls `output` with each chunk of about `chunkSize` bytes, in order.
    public init(chunkSize: Int = 1 << 16, output: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.chunkSize = chunkSize
        self.output = output
        buffer.reserveCapacity(min(chunkSize, 1 << 16) * 2)
    }

    mutating func append(_ byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= chunkSize { flush() }
    }

    /// Appends bytes rendered elsewhere (on workers, say).
    public mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= chunkSize { flush() }
    }

    /// Appends the UTF-8 bytes of `text`.
    public mutating func write(_ text: String) {
        append(contentsOf: text.utf8)
    }

    /// Passes on what has gathered.
    public mutating func flush() {
        buffer.withUnsafeBufferPointer { output($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
