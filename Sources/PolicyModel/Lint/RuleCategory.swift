/// The families of rules, by what they look at.
public enum RuleCategory: String, Sendable, CaseIterable {
    /// Reading the input: syntax, encoding, structure of the documents.
    case input
    /// Values of session-persistence fields.
    case values
    /// Attachment between policies, routes and backends.
    case attachment
    /// Interplay with Kubernetes Services and listeners.
    case compatibility
    /// Traffic splitting.
    case splitting
    /// Cookie attributes and names.
    case cookies
    /// What an export could not express on its target (SPP6xx).
    case export
}
