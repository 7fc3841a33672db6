import FoundationEssentials
import Glibc

/// Writes a file whole or not at all: into a temporary file in the same directory, then
/// renamed over the target, so a reader never sees half a file and a failure (a full disk, a
/// directory that cannot be written) leaves nothing behind and says why.
enum AtomicFile {
    /// Writes `text` to `path`.
    static func write(_ text: String, to path: String) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).sppctl-\(UUID().uuidString)").path
        // Created only if it is not there; its mode is what the umask leaves of rw-rw-rw-, as for `>`.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw CLIError("cannot write '\(path)': cannot create a file in \(directory.path): \(FileDescriptorWriter.reason(errno))")
        }
        var text = text
        var failure = text.withUTF8 { FileDescriptorWriter.writeAll($0, to: descriptor) }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, url.path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw CLIError("cannot write '\(path)': \(FileDescriptorWriter.reason(failure))")
        }
    }
}
