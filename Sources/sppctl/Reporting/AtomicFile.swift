import FoundationEssentials
import Glibc

/// Writes a file whole or not at all: into a temporary file in the same directory, then
/// renamed over the target, so a reader never sees half a file and a failure leaves nothing.
enum AtomicFile {
    /// Writes `text` to `path`.
    static func write(_ text: String, to path: String) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).sppctl-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw CLIError("cannot write '\(path)': cannot create a file in \(directory.path)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("cannot write '\(path)': \(reason)")
        }
    }
}
