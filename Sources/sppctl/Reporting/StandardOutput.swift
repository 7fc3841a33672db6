#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a command's output to standard output straight from the string's UTF-8 storage:
/// no second copy of a report that may be tens of megabytes.
enum StandardOutput {
    /// Writes all of `text`, retrying short writes and interruptions; stops silently when
    /// standard output is gone (a closed pipe ends the process by SIGPIPE before that).
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                #if canImport(Glibc)
                let written = Glibc.write(STDOUT_FILENO, base + offset, bytes.count - offset)
                #else
                let written = Darwin.write(STDOUT_FILENO, base + offset, bytes.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
