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
        context.graph.inventory.redefinitions.map { redefinition in
            Finding(
                at: redefinition.object.anchorLocation,
                "\(redefinition.identity) is defined more than once; the later definition replaces the earlier one",
                path: .metadataName, object: redefinition.object,
                related: [RelatedLocation(location: redefinition.first.anchorLocation, message: "first defined here")])
        }
    }
}
