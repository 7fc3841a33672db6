/// Runs rules over a ``LintContext`` and turns their findings into sorted diagnostics, with
/// configured severities and object suppressions applied.
public struct Linter: Sendable {
    /// The annotation that suppresses rules on one object: `sppctl.io/ignore: "SPP401,SPP109"`
    /// (each ID may carry a reason: `SPP109=sessions end with the browser`).
    public static let ignoreAnnotation = "sppctl.io/ignore"

    /// One finding of one rule.
    public struct RuleFinding: Sendable {
        /// The rule's description.
        public let rule: RuleDescription
        /// The finding.
        public let finding: Finding
    }

    /// The rules to run.
    public let rules: [any Rule]
    /// Per-rule settings from the configuration.
    public let settings: [String: RuleSetting]
    /// When false, suppressed diagnostics are reported like any other.
    public let honourSuppressions: Bool

    /// Creates a linter.
    public init(rules: [any Rule] = RuleRegistry.rules, settings: [String: RuleSetting] = [:], honourSuppressions: Bool = true) {
        self.rules = rules
        self.settings = settings
        self.honourSuppressions = honourSuppressions
    }

    /// The findings of the enabled rules that `include` selects, in rule order.
    public func findings(_ context: LintContext, where include: (RuleDescription) -> Bool) -> [RuleFinding] {
        var result: [RuleFinding] = []
        for rule in rules {
            let description = type(of: rule).description
            if case .off? = settings[description.id] { continue }
            guard include(description) else { continue }
            result += rule.check(context).map { RuleFinding(rule: description, finding: $0) }
        }
        return result
    }

    /// The report of `findings`: configured severities, suppressions, report order.
    public func report(_ findings: [RuleFinding], context: LintContext) -> LintReport {
        var reported: [Diagnostic] = []
        var suppressed: [Diagnostic] = []
        for item in findings {
            let severity: Severity
            if case .severity(let configured)? = settings[item.rule.id] {
                severity = configured
            } else {
                severity = item.rule.defaultSeverity
            }
            let finding = item.finding
            let diagnostic = Diagnostic(
                id: item.rule.id, severity: severity, message: finding.message, location: finding.location,
                path: finding.path, object: finding.object.map(DiagnosticObject.init), related: finding.related)
            if honourSuppressions, let object = finding.object, Self.suppressedIDs(of: object).contains(item.rule.id) {
                suppressed.append(diagnostic)
            } else {
                reported.append(diagnostic)
            }
        }
        return LintReport(
            diagnostics: Self.sortedUnique(reported), suppressed: Self.sortedUnique(suppressed),
            fileCount: context.files.count, objectCount: context.objects.count)
    }

    /// The rule IDs an object's `sppctl.io/ignore` annotation names.
    public static func suppressedIDs(of object: KubeObject) -> Set<String> {
        guard let text = object.metadata.annotations[ignoreAnnotation]?.value else { return [] }
        var ids = Set<String>()
        for item in text.split(separator: ",") {
            let id = item.split(whereSeparator: { $0 == "=" || $0 == ":" }).first.map { $0.trimmed } ?? ""
            if !id.isEmpty { ids.insert(id.uppercased()) }
        }
        return ids
    }

    /// Sorted, without repeats. Identical diagnostics share their sort key, so they end up in
    /// one run of equal keys: comparing within that run is enough (no hashing of every one).
    private static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        result.reserveCapacity(diagnostics.count)
        var runStart = 0
        for diagnostic in diagnostics.sorted(by: Diagnostic.reportOrder) {
            if let last = result.last, last.location != diagnostic.location || last.id != diagnostic.id || last.message != diagnostic.message {
                runStart = result.count
            }
            if !result[runStart...].contains(diagnostic) { result.append(diagnostic) }
        }
        return result
    }
}
