#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes messages and notices to standard error, whole, as ``StandardOutput`` writes output.
enum StandardError {
    /// Writes all of `text`.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { StandardOutput.write(bytes: $0, to: STDERR_FILENO) }
    }
}
