#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PolicyModel

/// Writes a command's output to standard output straight from the string's UTF-8 storage:
/// no second copy of a report that may be tens of megabytes. JSON documents are streamed in
/// chunks as they are rendered (``write(json:)``), so their bytes are never held whole.
///
/// Output that cannot be written (a full disk, a closed pipe when SIGPIPE is ignored) ends
/// sppctl with an error and exit code 2: a report or a configuration cut short must not pass
/// for a whole one, nor its exit code for the report's.
enum StandardOutput {
    /// Writes all of `text`.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    /// Writes `json` in chunks, each member made as it is written.
    static func write(json: JSONObjectStream) {
        var writer = ChunkedWriter { StandardOutput.write(bytes: $0) }
        json.write(to: &writer)
    }

    /// Writes all of `bytes`, or ends sppctl with exit code 2 when they cannot be written.
    static func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let failure = FileDescriptorWriter.writeAll(bytes, to: STDOUT_FILENO) else { return }
        StandardError.write("sppctl: error: cannot write standard output: \(FileDescriptorWriter.reason(failure))\n")
        exit(2)
    }
}
