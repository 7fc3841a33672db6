import Glibc

/// Writes messages and notices to standard error, whole, as ``StandardOutput`` writes output.
enum StandardError {
    /// Writes all of `text`.
    static func write(_ text: String) {
        StandardOutput.write(text, to: STDERR_FILENO)
    }
}
