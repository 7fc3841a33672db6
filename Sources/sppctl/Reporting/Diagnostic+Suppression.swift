import PolicyModel

extension Diagnostic {
    /// The message, marked when `--no-suppressions` shows a finding an annotation suppresses.
    var markedMessage: String {
        guard let reason = suppression else { return message }
        return message + (reason.isEmpty ? " (suppressed)" : " (suppressed: \(reason))")
    }
}
