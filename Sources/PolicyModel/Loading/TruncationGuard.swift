#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What happens when a mapped input (``MappedFile``) is cut short while it is read: the
/// kernel signals SIGBUS at the first read past its new end. Instead of dying of the signal,
/// sppctl then says what happened in one line and exits with 2, as for any input it cannot read.
/// Nothing has been written by then: inputs are mapped only while they load.
enum TruncationGuard {
    /// Installs the handler (again: installing it is idempotent).
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            // Only async-signal-safe calls (write(2), _exit(2)) and no allocation: a static string.
            let message: StaticString = "sppctl: error: an input file was truncated while it was being read; run sppctl again\n"
            _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
            _exit(2)
        }
        sigemptyset(&action.sa_mask)
        sigaction(SIGBUS, &action, nil)
    }
}
