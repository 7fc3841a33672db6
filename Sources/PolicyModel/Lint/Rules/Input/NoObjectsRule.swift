/// SPP008: the inputs hold nothing sppctl can check.
public struct NoObjectsRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP008", name: "no-objects", defaultSeverity: .warning, category: .input,
        summary: "the inputs hold no Gateway API or session-persistence objects at all",
        rationale: """
            A lint run that checked nothing must not look like a clean run: a wrong path, an \
            ignore glob that is too broad or a Helm chart that was not rendered all end here. \
            The finding points at the first input. When an input does not parse, SPP001 already \
            says why, and this rule stays quiet.
            """,
        triggeringExamples: [
            RuleExample("""
                ↓apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// One finding when no object is a Gateway API or session-persistence kind.
    public func check(_ context: LintContext) -> [Finding] {
        let relevant = context.objects.contains { object in
            APIGroup.isGatewayAPI(object.gvk.group) || object.gvk.kind == KnownKind.sessionPersistencePolicy.rawValue
        }
        // A file that does not parse is SPP001's finding: "nothing was checked" would only repeat it.
        // Inputs of YAML that is not Kubernetes at all (Helm values) are not "nothing checked".
        guard !relevant, !context.objects.isEmpty || context.nonObjects.contains(where: \.looksLikeKubernetes),
              context.files.allSatisfy({ $0.issues.isEmpty && $0.templateAction == nil }), let first = context.files.first else { return [] }
        let location = SourceLocation(file: first.path, line: 1, column: 1)
        let objects = context.objects.count
        return [Finding(at: location, "no Gateway API or session-persistence objects in \(context.files.count) file(s) (\(objects) other object(s)): nothing was checked")]
    }
}
