/// Everything a rule says about itself: identity, default severity, documentation and the
/// examples that test it. Nothing about a rule is written twice.
public struct RuleDescription: Sendable {
    /// The stable ID (`SPP402`), used in configuration, suppressions and `explain`.
    public let id: String
    /// The kebab-case name (`zero-weight-reachable`).
    public let name: String
    /// The severity unless configured otherwise.
    public let defaultSeverity: Severity
    /// The family of the rule.
    public let category: RuleCategory
    /// One line: what triggers it.
    public let summary: String
    /// Why it matters, with the GEP or upstream section it comes from.
    public let rationale: String
    /// Examples that must trigger it, with `↓` at each finding.
    public let triggeringExamples: [RuleExample]
    /// Examples that must not trigger it.
    public let nonTriggeringExamples: [RuleExample]

    /// Creates a description.
    public init(id: String, name: String, defaultSeverity: Severity, category: RuleCategory, summary: String, rationale: String,
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.id = id
        self.name = name
        self.defaultSeverity = defaultSeverity
        self.category = category
        self.summary = summary
        self.rationale = rationale
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
