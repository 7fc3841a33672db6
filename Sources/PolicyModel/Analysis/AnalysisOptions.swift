/// The one resolved set of options an ``Analysis`` is built from: the command line and the
/// configuration file, merged once by the caller.
public struct AnalysisOptions: Sendable {
    /// The Gateway API release to check against.
    public var generation: Generation
    /// The controller whose behaviour to describe.
    public var implementation: ImplementationProfile
    /// Thresholds of the rules.
    public var lint: LintOptions
    /// Per-rule settings (`off` or a severity).
    public var ruleSettings: [String: RuleSetting]
    /// When false, `sppctl.io/ignore` annotations do not silence findings.
    public var honourSuppressions: Bool
    /// How many workers decode and schema-check the inputs (the output does not depend on it).
    public var jobs: Int = 1
    /// Suppressions for objects a team cannot annotate (rendered charts), from `.sppctl.yaml`.
    public var suppressions: [SuppressionSelector] = []
    /// The namespace of objects that name none (`--namespace`, as kubectl's).
    public var defaultNamespace: String = "default"
    /// The rules, beyond those that decide what the API server refuses, whose findings the
    /// report holds: nil for every rule (lint, explain). A command that reads the graph and a
    /// few findings only (status, export) names those, and the others do not run.
    public var reportedRules: Set<String>?
    /// Patches named by kustomizations that are not among the inputs but beside a file named
    /// on the command line (a pre-commit hook names the changed files only); see ``KustomizePatch``.
    public var kustomizePatches: [KustomizePatch] = []

    /// Creates options.
    public init(generation: Generation = .default, implementation: ImplementationProfile = .default, lint: LintOptions = LintOptions(),
                ruleSettings: [String: RuleSetting] = [:], honourSuppressions: Bool = true) {
        self.generation = generation
        self.implementation = implementation
        self.lint = lint
        self.ruleSettings = ruleSettings
        self.honourSuppressions = honourSuppressions
    }
}
