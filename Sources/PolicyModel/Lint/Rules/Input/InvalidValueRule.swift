/// SPP010: a value breaks its CRD constraint (pattern, length, range).
public struct InvalidValueRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP010", name: "invalid-value", defaultSeverity: .error, category: .input,
        summary: "a value breaks its CRD constraint: pattern, length or range (ports, weights, names, groups, hostnames)",
        rationale: """
            The Gateway API CRDs constrain references and numbers: a port is 1–65535, a weight \
            0–1000000, a namespace an RFC 1123 label, a group empty or a DNS subdomain. The API \
            server rejects a manifest that breaks them. Durations and session names have their \
            own rules (SPP101, SPP104), and Service affinity timeouts SPP102.
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
                      port: ↓0
                      weight: ↓2000000
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
                      weight: 0
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// Reports constraint violations that no more specific rule claims.
    public func check(_ context: LintContext) -> [Finding] {
        context.schemaViolations.compactMap { violation in
            guard case .constraint(let text) = violation.problem,
                  !InvalidDurationRule.claims(violation), !InvalidSessionNameRule.claims(violation),
                  !InvalidTimeoutRule.claims(violation) else { return nil }
            let field = violation.path.names.last ?? "value"
            return Finding(at: violation.location, "\"\(field)\" \(text)", path: violation.path, object: violation.object)
        }
    }
}
