/// A lint rule: a description and a pure check over the analysed inputs.
public protocol Rule: Sendable {
    /// The rule's identity, documentation and examples.
    static var description: RuleDescription { get }
    /// Creates the rule.
    init()
    /// Returns the rule's findings. The engine sets severity, applies suppressions and sorts.
    func check(_ context: LintContext) -> [Finding]
}
