/// What the configuration says about one rule: a severity, or off.
public enum RuleSetting: Sendable, Equatable {
    /// Report with this severity.
    case severity(Severity)
    /// Do not run.
    case off

    /// Parses `off`, `error`, `warning` or `info`.
    public init?(_ text: String) {
        if text == "off" {
            self = .off
        } else if let severity = Severity(rawValue: text) {
            self = .severity(severity)
        } else {
            return nil
        }
    }
}
