/// A failure that is not a finding: bad configuration, unreadable input, an unknown rule.
/// Printed as one line, `sppctl: error: …`, with exit code 2.
struct CLIError: Error, Sendable {
    /// The one-line message.
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
