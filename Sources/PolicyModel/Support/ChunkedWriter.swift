/// Gathers rendered bytes and passes them on whenever a chunk is full, so that a large
/// document (a JSON report of tens of megabytes) is never held whole.
public struct ChunkedWriter: ByteSink {
    private let chunkSize: Int
    private let output: (UnsafeBufferPointer<UInt8>) -> Void
    /// The chunk being gathered: its first ``used`` bytes. Written in place (the writers append
    /// many short pieces, and growing an array for each cost several times the copy); it grows
    /// by doubling up to ``limit``, so a small report touches little memory.
    private var buffer: [UInt8] = []
    private var used = 0
    /// The most the chunk holds: twice a chunk, so that most pieces fit whole.
    private let limit: Int

    /// A writer that calls `output` with each chunk of about `chunkSize` bytes, in order.
    public init(chunkSize: Int = 1 << 16, output: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.chunkSize = chunkSize
        self.output = output
        limit = max(1, min(chunkSize, 1 << 16) * 2)
    }

    mutating func append(_ byte: UInt8) {
        if used == buffer.count {
            if buffer.count < limit { grow(toHold: used + 1) } else { flush() }
        }
        buffer[used] = byte
        used += 1
        if used >= chunkSize { flush() }
    }

    /// Appends contiguous bytes, copied straight into the chunk.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if used + bytes.count > buffer.count {
            if used + bytes.count > limit {
                flush()
                // Larger than a chunk can hold: passed on as they are, in order.
                if bytes.count > limit {
                    output(bytes)
                    return
                }
            }
            if bytes.count > buffer.count - used { grow(toHold: used + bytes.count) }
        }
        let start = used
        buffer.withUnsafeMutableBufferPointer { ($0.baseAddress! + start).update(from: source, count: bytes.count) }
        used += bytes.count
        if used >= chunkSize { flush() }
    }

    /// Appends bytes rendered elsewhere (on workers, say).
    public mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
        if let done: Void = bytes.withContiguousStorageIfAvailable({ append(bytes: $0) }) { return done }
        for byte in bytes { append(byte) }
    }

    /// Appends the UTF-8 bytes of `text`.
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// Passes on what has gathered.
    public mutating func flush() {
        guard used > 0 else { return }
        let count = used
        buffer.withUnsafeBufferPointer { output(UnsafeBufferPointer(rebasing: $0[..<count])) }
        used = 0
    }

    /// Makes the chunk hold at least `count` bytes (at most ``limit``), doubling it.
    private mutating func grow(toHold count: Int) {
        let size = min(limit, max(count, buffer.count * 2, 4096))
        buffer.append(contentsOf: repeatElement(0, count: size - buffer.count))
    }
}
