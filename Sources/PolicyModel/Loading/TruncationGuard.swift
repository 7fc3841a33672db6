#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// What happens when a page of a mapped input (``MappedFile``) cannot be read: the kernel
/// signals SIGBUS (code BUS_ADRERR) at a read past the file's end after another process cut
/// it short, or at a page the disk fails to deliver. Instead of dying of the signal, sppctl
/// says so in one line and exits with 2, as for any input it cannot read. Nothing has been
/// written by then: inputs are mapped only while they load.
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
            let message: StaticString = "sppctl: error: part of an input file could not be read as it was loaded (another process truncated it, or the disk failed); run sppctl again\n"
            _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
            _exit(2)
        }
        action.sa_flags = SA_SIGINFO
        sigemptyset(&action.sa_mask)
        sigaction(SIGBUS, &action, nil)
    }
}
