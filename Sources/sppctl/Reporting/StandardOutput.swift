#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PolicyModel

/// Writes a command's output to standard output straight from the string's UTF-8 storage:
/// no second copy of a report that may be tens of megabytes. JSON documents are streamed in
/// chunks as they are rendered (``write(json:)``), so their bytes are never held whole.
enum StandardOutput {
    /// Writes all of `text` to `descriptor` (standard output unless given).
    static func write(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
        var text = text
        text.withUTF8 { write(bytes: $0, to: descriptor) }
    }

    /// Writes `json` to standard output in chunks, each member made as it is written.
    static func write(json: JSONObjectStream) {
        var writer = ChunkedWriter { StandardOutput.write(bytes: $0) }
        json.write(to: &writer)
    }

    /// Writes all of `bytes` to `descriptor` (standard output unless given), retrying short
    /// writes and interruptions; stops silently when the output is gone (a closed pipe ends the
    /// process by SIGPIPE before that).
    static func write(bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32 = STDOUT_FILENO) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            #else
            let written = Darwin.write(descriptor, base + offset, bytes.count - offset)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
