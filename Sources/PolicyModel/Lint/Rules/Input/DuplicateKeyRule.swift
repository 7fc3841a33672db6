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
        var findings: [Finding] = []
        for file in context.files {
            for document in file.documents {
                if let root = document.root { visit(root, into: &findings) }
            }
        }
        return findings
    }

    private func visit(_ node: Node, into findings: inout [Finding]) {
        switch node.content {
        case .scalar:
            return
        case .sequence(let items):
            for item in items { visit(item, into: &findings) }
        case .mapping(let entries):
            var first: [String: SourceLocation] = [:]
            for entry in entries {
                if let key = entry.keyText {
                    if let earlier = first[key] {
                        findings.append(Finding(
                            at: entry.key.location,
                            "duplicate key \"\(key)\": YAML forbids it and parsers disagree on which value wins",
                            related: [RelatedLocation(location: earlier, message: "\"\(key)\" is first set here")]))
                    } else {
                        first[key] = entry.key.location
                    }
                }
                visit(entry.value, into: &findings)
            }
        }
    }
}
