/// SPP014: a file that is an unrendered Helm (Go) template.
public struct UnrenderedTemplateRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP014", name: "unrendered-template", defaultSeverity: .warning, category: .input,
        summary: "a file is an unrendered Helm template ({{ … }}): render it and lint the result",
        rationale: """
            A chart's templates are not the manifests the cluster gets: `{{ .Values.name }}` \
            is a syntax error or, worse, parses as a YAML mapping and yields findings about \
            template text. sppctl does not analyse such a file; it says once where the first \
            template action is and how to lint what the chart renders: \
            `helm template RELEASE CHART | sppctl lint -`. Ignore chart directories \
            (`ignore: [charts/**/templates/**]`) to silence this.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: ↓{{ .Values.name }}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                  annotations:
                    note: "written as {{ in prose"
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// One finding per template file, at its first template action.
    public func check(_ context: LintContext) -> [Finding] {
        context.files.compactMap { file in
            file.templateAction.map { Finding(at: $0, "this is an unrendered Helm template ({{ … }}), which sppctl does not analyse; render it first: "
                + "helm template RELEASE CHART | sppctl lint -") }
        }
    }
}
