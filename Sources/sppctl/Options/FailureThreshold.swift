import ArgumentParser
import PolicyModel

/// `--fail-on`: the least severity that makes the run fail.
enum FailureThreshold: String, CaseIterable, ExpressibleByArgument {
    /// Errors fail the run.
    case error
    /// Warnings and errors fail the run.
    case warning
    /// Any finding fails the run.
    case info
    /// Nothing fails the run.
    case never

    /// Whether a diagnostic of `severity` fails the run.
    func fails(on severity: Severity) -> Bool {
        switch self {
        case .never: return false
        case .error: return severity >= .error
        case .warning: return severity >= .warning
        case .info: return true
        }
    }
}
