/// SPP002: a mapping repeats a key.
public struct DuplicateKeyRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP002", name: "duplicate-key", defaultSeverity: .error, category: .input,
        summary: "a mapping repeats a key",
        rationale: """
            YAML forbids repeated keys, yet many parsers silently keep the last one: the setting you \
            read first is not the one applied. kubectl's strict decoding rejects the manifest. \
            The finding points at the repeated key and notes the first.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      sessionName: a
                      ↓sessionName: b
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      sessionName: a
                      absoluteTimeout: 1h
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// Walks every node of every document.
    public func check(_ context: LintContext) -> [Finding] {
        context.files.flatMap { file in
            file.duplicateKeys.map { duplicate in
                Finding(at: duplicate.location, "duplicate key \"\(duplicate.key)\": YAML forbids it and parsers disagree on which value wins",
                        related: [RelatedLocation(location: duplicate.first, message: "\"\(duplicate.key)\" is first set here")])
            }
        }
    }
}
