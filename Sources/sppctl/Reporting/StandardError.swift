import Glibc

/// Writes messages and notices to standard error, whole, as ``StandardOutput`` writes output.
enum StandardError {
    /// Writes all of `text`.
    static func write(_ text: String) {
        var text = text
        // Nothing is left to tell when standard error itself cannot be written.
        _ = text.withUTF8 { FileDescriptorWriter.writeAll($0, to: STDERR_FILENO) }
    }
}
