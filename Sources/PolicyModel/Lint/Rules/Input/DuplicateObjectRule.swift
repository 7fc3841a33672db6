/// SPP009: two objects share group, kind, namespace and name.
public struct DuplicateObjectRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP009", name: "duplicate-object", defaultSeverity: .error, category: .input,
        summary: "two objects share group, kind, namespace and name",
        rationale: """
            Applied together, the later object replaces the earlier one, so one of them never \
            takes effect, and every reference to the name is ambiguous. A missing namespace \
            counts as default. The finding is on each later copy and notes the first.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: ↓web
                  namespace: default
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports every object whose identity was already seen.
    public func check(_ context: LintContext) -> [Finding] {
        var first: [ObjectIdentity: KubeObject] = [:]
        var findings: [Finding] = []
        for object in context.objects {
            guard let identity = object.identity else { continue }
            if let earlier = first[identity] {
                findings.append(Finding(
                    at: object.anchorLocation, "\(identity) is defined more than once; the later definition replaces the earlier one",
                    path: "metadata.name", object: object,
                    related: [RelatedLocation(location: earlier.anchorLocation, message: "first defined here")]))
            } else {
                first[identity] = object
            }
        }
        return findings
    }
}
