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
    /// Suppressions configured for objects that cannot be annotated.
    public let selectors: [SuppressionSelector]

    /// Creates a linter.
    public init(rules: [any Rule] = RuleRegistry.rules, settings: [String: RuleSetting] = [:], honourSuppressions: Bool = true,
                selectors: [SuppressionSelector] = []) {
        self.rules = rules
        self.settings = settings
        self.honourSuppressions = honourSuppressions
        self.selectors = selectors
    }

    /// Why a finding of `rule` on `object` is suppressed: its annotation's reason, else a
    /// configured selector's; `nil` when it is not.
    func suppression(of rule: String, on object: KubeObject) -> String? {
        if let reason = Self.suppressions(of: object)[rule] { return reason }
        return selectors.first { $0.rules.contains(rule) && $0.selects(object) }.map { "\($0.reason) (.sppctl.yaml)" }
    }

    /// The findings of the enabled rules that `include` selects, in rule order; up to `jobs`
    /// rules run at once (each reads the context only).
    public func findings(_ context: LintContext, jobs: Int = 1, where include: (RuleDescription) -> Bool) -> [RuleFinding] {
        let selected = rules.filter { rule in
            let description = type(of: rule).description
            if case .off? = settings[description.id] { return false }
            return include(description)
        }
        return OrderedParallel.each(count: selected.count, jobs: jobs) { index in
            let rule = selected[index]
            let description = type(of: rule).description
            return rule.check(context).map { RuleFinding(rule: description, finding: $0) }
        }.flatMap { $0 }
    }

    /// The report of `findings`: configured severities, suppressions (with their reasons),
    /// the audit of the suppressions themselves (SPP013, when `auditing`: every rule ran),
    /// report order.
    public func report(_ findings: [RuleFinding], context: LintContext, auditing: Bool = true) -> LintReport {
        var reported: [Diagnostic] = []
        var suppressed: [Diagnostic] = []
        var fired: [ObjectIdentifier: Set<String>] = [:]
        for item in findings {
            if let object = item.finding.object { fired[ObjectIdentifier(object), default: []].insert(item.rule.id) }
        }
        let audit = SuperfluousSuppressionRule.description
        var all = findings
        if auditing, settings[audit.id] != .off {
            all += SuperfluousSuppressionRule.audit(context.objects, fired: fired, settings: settings).map { RuleFinding(rule: audit, finding: $0) }
        }
        // Findings in `helm template` output name the template that rendered their document.
        let helmNotes = context.helmNotes
        for item in all {
            let severity: Severity
            if case .severity(let configured)? = settings[item.rule.id] {
                severity = configured
            } else {
                severity = item.rule.defaultSeverity
            }
            let finding = item.finding
            let reason = finding.object.flatMap { suppression(of: item.rule.id, on: $0) }
            let diagnostic = Diagnostic(
                id: item.rule.id, severity: severity, message: finding.message, location: finding.location,
                path: finding.path, object: finding.object.map(DiagnosticObject.init),
                related: finding.related + helmNotes.notes(at: finding.location), suppression: reason)
            if honourSuppressions && reason != nil {
                suppressed.append(diagnostic)
            } else {
                reported.append(diagnostic)
            }
        }
        return LintReport(
            diagnostics: Self.sortedUnique(reported), suppressed: Self.sortedUnique(suppressed),
            fileCount: context.files.count, objectCount: context.objects.count)
    }

    /// One entry of an `sppctl.io/ignore` annotation: `SPP109` or `SPP109=reason` (also
    /// `SPP109: reason`); entries are separated by commas or line breaks.
    public struct SuppressionEntry: Sendable, Equatable {
        /// The rule as written (an ID, or what was written instead).
        public let rule: String
        /// The reason, "" when none is given.
        public let reason: String
    }

    /// The entries of an object's `sppctl.io/ignore` annotation, in order.
    public static func suppressionEntries(of object: KubeObject) -> [SuppressionEntry] {
        guard let text = object.metadata.annotations[ignoreAnnotation]?.value else { return [] }
        return text.split(whereSeparator: { $0 == "," || $0 == "\n" }).compactMap { item in
            let parts = item.split(maxSplits: 1, whereSeparator: { $0 == "=" || $0 == ":" })
            let rule = parts.first.map { $0.trimmed } ?? ""
            guard !rule.isEmpty else { return nil }
            return SuppressionEntry(rule: rule, reason: parts.count > 1 ? parts[1].trimmed : "")
        }
    }

    /// The rule IDs an object's annotation suppresses, with their reasons.
    public static func suppressions(of object: KubeObject) -> [String: String] {
        var result: [String: String] = [:]
        for entry in suppressionEntries(of: object) where result[entry.rule.uppercased()] == nil {
            result[entry.rule.uppercased()] = entry.reason
        }
        return result
    }

    /// The rule IDs an object's `sppctl.io/ignore` annotation names.
    public static func suppressedIDs(of object: KubeObject) -> Set<String> {
        Set(suppressions(of: object).keys)
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
