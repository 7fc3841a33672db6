#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// What happens when a mapped input (``MappedFile``) is cut short while it is read: the
/// kernel signals SIGBUS (code BUS_ADRERR) at the first read past its new end. Instead of dying of the signal,
/// sppctl then says what happened in one line and exits with 2, as for any input it cannot read.
/// Nothing has been written by then: inputs are mapped only while they load.
enum TruncationGuard {
    /// Set by the first thread that reports a truncation: the workers reading one file may all
    /// fault at once, and the line is written once. (A signal handler can only share state
    /// with the others through something static; an atomic needs no lock.)
    private static let reporting = Atomic<Bool>(false)

    /// Installs the handler (again: installing it is idempotent).
    static func install() {
        // Made here, not lazily in the handler, where nothing may allocate or wait.
        _ = reporting.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { _, info, _ in
            // A read of a page past a mapped file's end is BUS_ADRERR; any other SIGBUS is left
            // to its default action, taken when the faulting instruction runs again.
            guard let info, info.pointee.si_code == BUS_ADRERR else {
                signal(SIGBUS, SIG_DFL)
                return
            }
            // Another thread is reporting it and exiting: wait for the exit.
            if TruncationGuard.reporting.exchange(true, ordering: .relaxed) {
                while true { pause() }
            }
            // Only async-signal-safe calls (write(2), _exit(2)) and no allocation: a static string.
            let message: StaticString = "sppctl: error: an input file was truncated while it was being read; run sppctl again\n"
            _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
            _exit(2)
        }
        action.sa_flags = SA_SIGINFO
        sigemptyset(&action.sa_mask)
        sigaction(SIGBUS, &action, nil)
    }
}
