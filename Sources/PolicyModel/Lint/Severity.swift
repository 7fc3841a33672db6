/// How serious a finding is.
public enum Severity: String, CaseIterable, Sendable, Comparable, Codable {
    /// Informational: worth knowing, nothing is broken.
    case info
    /// Risky: works, but probably not as intended.
    case warning
    /// Broken: the API server or the dataplane rejects it, or it cannot work.
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    /// Orders info < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
