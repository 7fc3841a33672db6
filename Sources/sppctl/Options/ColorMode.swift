import ArgumentParser
import FoundationEssentials
import Glibc

/// When text output is coloured.
enum ColorMode: String, CaseIterable, ExpressibleByArgument {
    /// On a terminal, unless NO_COLOR is set or TERM is dumb.
    case auto
    /// Always.
    case always
    /// Never.
    case never

    /// Whether to colour output written to `descriptor` (standard output by default).
    func enabled(for descriptor: Int32 = STDOUT_FILENO, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isatty(descriptor) == 1
        }
    }
}
