/// Everything a rule says about itself: identity, default severity, documentation and the
/// examples that test it. Nothing about a rule is written twice.
///
/// Immutable; a class so that each of the many findings of a rule refers to its description
/// instead of carrying a copy of its texts and examples.
public final class RuleDescription: Sendable {
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
    /// True for rules whose findings say the API server refuses the object (unless a finding
    /// says otherwise). Such a rule reads objects only, never the attachment graph: it runs
    /// before the graph is built, so that the graph leaves refused objects out.
    public let refusesObjects: Bool

    /// Creates a description.
    public init(id: String, name: String, defaultSeverity: Severity, category: RuleCategory, summary: String, rationale: String,
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample], refusesObjects: Bool = false) {
        self.id = id
        self.name = name
        self.defaultSeverity = defaultSeverity
        self.category = category
        self.summary = summary
        self.rationale = rationale
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.refusesObjects = refusesObjects
    }
}
