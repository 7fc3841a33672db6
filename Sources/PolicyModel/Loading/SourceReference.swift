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

    /// Text kept in memory.
    public static func memory(_ text: SourceText) -> SourceReference {
        SourceReference(storage: .memory(text))
    }

    /// The regular file at `path` as `stat` described it when it was read.
    public static func file(path: String, status: stat) -> SourceReference {
        SourceReference(storage: .file(path: path, size: Int(status.st_size), modified: status.st_mtim))
    }

    /// Calls `body` with the bytes in chunks of up to `chunkSize`, in order, until it returns
    /// false. Returns false when the file can no longer be read or is no longer the file that was
    /// loaded (another size or modification time): `body` may then have seen a prefix only.
    @discardableResult
    public func forEachChunk(chunkSize: Int = 1 << 20, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        switch storage {
        case .memory(let text):
            _ = text.bytes.withUnsafeBufferPointer { body($0) }
            return true
        case .file(let path, let size, let modified):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, Int(status.st_size) == size, status.st_mtim.tv_sec == modified.tv_sec,
                  status.st_mtim.tv_nsec == modified.tv_nsec else { return false }
            var buffer = [UInt8](repeating: 0, count: chunkSize)
            var total = 0
            while total < size {
                let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, min($0.count, size - total)) }
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { return false }
                total += got
                guard buffer.withUnsafeBufferPointer({ body(UnsafeBufferPointer(rebasing: $0[..<got])) }) else { return true }
            }
            return true
        }
    }
}
