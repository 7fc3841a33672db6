/// ANSI styling for text output, a no-op when colour is off.
struct TerminalStyle: Sendable {
    /// Whether to emit escape codes.
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func green(_ text: String) -> String { wrap(text, "32") }

    /// The severity word in its colour: red, yellow or cyan.
    func severity(_ word: String, _ severity: String) -> String {
        switch severity {
        case "error": return wrap(word, "1;31")
        case "warning": return wrap(word, "1;33")
        case "note": return wrap(word, "1;36")
        default: return wrap(word, "1;36")
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
