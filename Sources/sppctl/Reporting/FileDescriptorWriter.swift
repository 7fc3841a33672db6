#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes bytes to an open file descriptor with `write(2)`, whole.
enum FileDescriptorWriter {
    /// Writes all of `bytes` to `descriptor`, retrying short writes and interruptions.
    /// Returns nil when everything was written, else the `errno` of the write that failed.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            #else
            let written = Darwin.write(descriptor, base + offset, bytes.count - offset)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// What `errno` value `code` means (`strerror`).
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
