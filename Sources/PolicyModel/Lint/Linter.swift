/// Runs rules over a ``LintContext`` and turns their findings into sorted diagnostics, with
/// configured severities and object suppressions applied.
public struct Linter: Sendable {
    /// The annotation that suppresses rules on one object: `sppctl.io/ignore: "SPP401,SPP109"`
    /// (each ID may carry a reason: `SPP109=sessions end with the browser`).
    public static let ignoreAnnotation = "sppctl.io/ignore"

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

    /// Lints the context.
    public func lint(_ context: LintContext) -> LintReport {
        var reported: [Diagnostic] = []
        var suppressed: [Diagnostic] = []
        for rule in rules {
            let description = type(of: rule).description
            let severity: Severity
            switch settings[description.id] {
            case .off?: continue
            case .severity(let configured)?: severity = configured
            case nil: severity = description.defaultSeverity
            }
            for finding in rule.check(context) {
                let diagnostic = Diagnostic(
                    id: description.id, severity: severity, message: finding.message, location: finding.location,
                    path: finding.path, object: finding.object.map(DiagnosticObject.init), related: finding.related)
                if honourSuppressions, let object = finding.object, Self.suppressedIDs(of: object).contains(description.id) {
                    suppressed.append(diagnostic)
                } else {
                    reported.append(diagnostic)
                }
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

    private static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.sorted(by: Diagnostic.reportOrder).filter { seen.insert($0).inserted }
    }
}
