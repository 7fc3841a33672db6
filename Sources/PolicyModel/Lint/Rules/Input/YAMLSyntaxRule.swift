/// SPP001: the input cannot be loaded as YAML or JSON.
public struct YAMLSyntaxRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP001", name: "yaml-syntax", defaultSeverity: .error, category: .input,
        summary: "the YAML cannot be parsed (libyaml's problem, at its line:col)",
        rationale: """
            A file that does not parse is not applied by kubectl and hides every object in it from \
            the other checks. The position is libyaml's own; invalid UTF-8 and NUL bytes are \
            reported at the first offending byte, and the loader's safety limits (nesting depth, \
            alias expansion, file size) are reported here too, so a hostile file cannot exhaust \
            memory or time. Documents before the problem are still checked. A UTF-8 byte order \
            mark at the start of a file is not a problem (YAML allows it); columns on line 1 are \
            counted after it, as libyaml counts them. A UTF-16 file (Windows PowerShell 5 writes \
            redirected output so), with or without a byte order mark, is reported as UTF-16.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec: [ports
                ↓
                """),
            RuleExample("""
                kind: HTTPRoute
                metadata:
                  name: web
                    labels↓: {}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  ports: [{port: 80}]
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// One finding per load issue.
    public func check(_ context: LintContext) -> [Finding] {
        // An unrendered Helm template is SPP014's, whatever libyaml makes of it.
        context.files.filter { $0.templateAction == nil }.flatMap { file in file.issues.map { Finding(at: $0.location, $0.message) } }
    }
}
