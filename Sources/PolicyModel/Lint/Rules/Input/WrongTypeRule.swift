/// SPP005: a field has the wrong YAML type.
public struct WrongTypeRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP005", name: "wrong-type", defaultSeverity: .error, category: .input,
        summary: "a field has the wrong YAML type (string for integer, map for list …)",
        rationale: """
            The API server rejects a value of the wrong JSON type. YAML makes this easy to get \
            wrong: "8080" in quotes is a string, yes and on are strings (sppctl, like Kubernetes' \
            JSON decoding, only takes true and false as booleans), and a single mapping where a \
            list is expected is a common indentation slip.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - backendRefs:
                    - name: web
                      port: ↓"8080"
                """),
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: web
                spec:
                  targetRefs:
                    ↓group: ""
                    kind: Service
                    name: web
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
                  - backendRefs:
                    - name: web
                      port: 8080
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// Reports wrong-type violations.
    public func check(_ context: LintContext) -> [Finding] {
        context.schemaViolations.compactMap { violation -> Finding? in
            guard case .wrongType(let expected, let found, let written) = violation.problem else { return nil }
            let field = violation.path.names.last ?? "value"
            var message = "\"\(field)\" must be \(article(expected)) \(expected), not \(article(found)) \(found)"
            if expected == "integer", found == "string" {
                // A number made a string by its quotes or a tag; text that is no number gets no hint.
                if let written, Int(written.text) != nil {
                    if written.style == .singleQuoted || written.style == .doubleQuoted {
                        message += " (remove the quotes)"
                    } else if let tag = written.tag {
                        let prefix = "tag:yaml.org,2002:"
                        message += " (remove the tag \(tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag))"
                    }
                }
            } else if violation.schema?.stringFacets?.pattern == SchemaPatterns.duration, let written = written?.text, ["integer", "number"].contains(found) {
                // Quoting a bare number would only trade this error for SPP101: give the duration.
                let seconds = written.split(separator: ".").first.map(String.init) ?? written
                message += ": a GEP-2257 duration needs a unit, such as \"\(seconds)s\""
            } else if expected == "string", ["integer", "number", "boolean"].contains(found) {
                message += " (quote the value)"
            }
            return Finding(at: violation.location, message, path: violation.path, object: violation.object)
        }
    }

    private func article(_ word: String) -> String {
        ["a", "e", "i", "o", "u"].contains(word.first.map(String.init) ?? "") ? "an" : "a"
    }
}
