/// SPP010: a value breaks its CRD constraint (pattern, length, range, item count, a list's CEL rule).
public struct InvalidValueRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP010", name: "invalid-value", defaultSeverity: .error, category: .input,
        summary: "a value breaks its CRD constraint: pattern, length, range or item count (ports, weights, names, 16 rules), or a list's CEL rule (unique rule names)",
        rationale: """
            The Gateway API CRDs constrain references and numbers: a port is 1–65535, a weight \
            0–1000000, a namespace an RFC 1123 label, a group empty or a DNS subdomain. They bound \
            lists too: a route has at most 16 rules, 16 backendRefs per rule, 16 hostnames and 32 \
            parentRefs, and its rules' names are unique (a policy's sectionName names one rule); \
            references to one parent differ in sectionName or port; a backendRef to a Service \
            names its port, an Exact or PathPrefix path is an absolute, normalized path, a rule \
            does not redirect beside its backendRefs, and a policy names each target once. The API server rejects a \
            manifest that breaks them (a list's CEL rule is reported with the CRD's own \
            message), and a Gateway's listeners are held to theirs: unique names, unique port, \
            protocol and hostname, TLS only where the protocol takes it. Durations and session names \
            have their own rules (SPP101, SPP104), and Service affinity timeouts SPP102.
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
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - name: cart
                    backendRefs: [{name: cart, port: 8080}]
                  - name: ↓cart
                    backendRefs: [{name: cart-v2, port: 8080}]
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
            switch violation.problem {
            case .constraint(let text):
                guard !InvalidDurationRule.claims(violation), !InvalidSessionNameRule.claims(violation),
                      !InvalidTimeoutRule.claims(violation) else { return nil }
                let field = violation.path.names.last ?? "value"
                return Finding(at: violation.location, "\"\(field)\" \(text)", path: violation.path, object: violation.object)
            case .celRule(let message, let detail):
                return Finding(at: violation.location, detail.isEmpty ? message : "\(message) (\(detail))", path: violation.path, object: violation.object)
            default:
                return nil
            }
        }
    }
}
