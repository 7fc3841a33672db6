/// SPP013: an `sppctl.io/ignore` entry that suppresses nothing.
public struct SuperfluousSuppressionRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP013", name: "superfluous-suppression", defaultSeverity: .warning, category: .input,
        summary: "an sppctl.io/ignore entry names an unknown rule, a rule by its name, or a rule that reports nothing on the object",
        rationale: """
            A suppression outlives the finding it was written for: the manifest is fixed, the \
            rule is renamed, an ID is mistyped, and the annotation silently does nothing — or \
            worse, hides the next real finding of that rule. Like SwiftLint's \
            superfluous_disable_command, sppctl reports every entry that suppresses nothing: an \
            unknown ID, a rule written by its name (write its stable ID, SPPnnn), and an ID whose \
            rule reports nothing on this object. Entries are `SPPnnn` or `SPPnnn=reason`, \
            separated by commas; rules turned off in .sppctl.yaml are not judged.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                  annotations:
                    sppctl.io/ignore: ↓"SPP109=tokens expire in the app, SPP999, sessions-never-expire"
                spec:
                  rules:
                  - sessionPersistence:
                      sessionName: web
                      absoluteTimeout: 1h
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                  annotations:
                    sppctl.io/ignore: "SPP109=the application expires its tokens"
                spec:
                  rules:
                  - sessionPersistence:
                      sessionName: web
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// The audit runs in the linter, which knows which rules fired on which object.
    public func check(_ context: LintContext) -> [Finding] { [] }

    /// Findings for every entry of `objects`' annotations that suppresses nothing, given the
    /// rules that `fired` on each object.
    static func audit(_ objects: [KubeObject], fired: [ObjectIdentifier: Set<String>], settings: [String: RuleSetting]) -> [Finding] {
        var findings: [Finding] = []
        for object in objects {
            guard let annotation = object.metadata.annotations[Linter.ignoreAnnotation] else { continue }
            let onObject = fired[ObjectIdentifier(object)] ?? []
            var problems: [String] = []
            for entry in Linter.suppressionEntries(of: object) {
                let id = entry.rule.uppercased()
                if let description = RuleRegistry.description(for: entry.rule), description.id != id {
                    problems.append("\"\(entry.rule)\" names a rule by its name or number: write its ID, \(description.id)")
                } else if RuleRegistry.description(for: id) == nil {
                    let close = RuleRegistry.closeMatches(to: entry.rule).prefix(3).map(\.id)
                    problems.append("\"\(entry.rule)\" is not a rule" + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?"))
                } else if settings[id] != .off, !onObject.contains(id) {
                    problems.append("\(id) reports nothing on this object, so its suppression is superfluous")
                }
            }
            guard !problems.isEmpty else { continue }
            findings.append(Finding(at: annotation.location, "sppctl.io/ignore: " + problems.joined(separator: "; "),
                                    path: annotation.path, object: object))
        }
        return findings
    }
}
