import FoundationEssentials
import Glibc

/// Where the text of a loaded input can be found again after loading: in memory (standard
/// input, text loaded by a test) or in the file it was read from. A file's bytes are not kept
/// once it is loaded; the few lines a report quotes are read again (``SourceLines``), and
/// only if the file is still the one that was loaded.
public struct SourceReference: Sendable {
    private enum Storage: Sendable {
        case memory(SourceText)
        case file(path: String, size: Int, modified: timespec)
    }

    private let storage: Storage

    /// Lines whose start is known, in order, the first line's always: a large file's are the
    /// starts of the pieces the loader scanned, so that a line far into the file is read from
    /// the known start before it, and the parts of a file are read at once.
    public let lineStarts: [LineStart]

    /// Where a line starts: its byte offset and its 1-based number.
    public struct LineStart: Sendable, Equatable {
        /// The offset of the line's first byte.
        public let offset: Int
        /// The line's number, from 1.
        public let line: Int

        /// Line `line`, starting at byte `offset`.
        public init(offset: Int, line: Int) {
            self.offset = offset
            self.line = line
        }
    }

    private init(storage: Storage, lineStarts: [LineStart] = [LineStart(offset: 0, line: 1)]) {
        self.storage = storage
        self.lineStarts = lineStarts
    }

    /// Text kept in memory.
    public static func memory(_ text: SourceText) -> SourceReference {
        SourceReference(storage: .memory(text))
    }

    /// The regular file at `path` as `stat` described it when it was read.
    public static func file(path: String, status: stat) -> SourceReference {
        SourceReference(storage: .file(path: path, size: Int(status.st_size), modified: status.st_mtim))
    }

    /// The same text, with more of its line starts known (`starts` in order, after the first line's).
    func adding(lineStarts starts: [LineStart]) -> SourceReference {
        SourceReference(storage: storage, lineStarts: lineStarts + starts.filter { $0.offset > 0 })
    }

    /// The number of bytes of the text.
    public var size: Int {
        switch storage {
        case .memory(let text): text.count
        case .file(_, let size, _): size
        }
    }

    /// Calls `body` with the bytes from `start` up to `end` (the end of the text when `nil`), in
    /// chunks of up to `chunkSize`, in order, until it returns false. Returns false when the file
    /// can no longer be read or is no longer the file that was loaded (another size or
    /// modification time): `body` may then have seen a prefix only.
    @discardableResult
    public func forEachChunk(from start: Int = 0, to end: Int? = nil, chunkSize: Int = 1 << 20,
                             _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let end = min(end ?? size, size)
        switch storage {
        case .memory(let text):
            guard start < end else { return true }
            _ = text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            return true
        case .file(let path, let size, let modified):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, Int(status.st_size) == size, status.st_mtim.tv_sec == modified.tv_sec,
                  status.st_mtim.tv_nsec == modified.tv_nsec else { return false }
            guard start < end else { return true }
            // Sized to what is read (most files are small); every byte is written by a read before it is looked at.
            let capacity = min(chunkSize, end - start)
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            defer { buffer.deallocate() }
            var offset = start
            while offset < end {
                let got = pread(descriptor, buffer, min(capacity, end - offset), off_t(offset))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { return false }
                offset += got
                guard body(UnsafeBufferPointer(start: buffer, count: got)) else { return true }
            }
            return true
        }
    }
}
