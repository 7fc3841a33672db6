/// SPP006: a required field is absent.
public struct MissingFieldRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP006", name: "missing-field", defaultSeverity: .error, category: .input,
        summary: "a required field is absent (targetRef(s), header.name …)",
        rationale: """
            The API server rejects an object without its required fields: a policy without \
            targetRefs, a backendRef without a name, on main a header without a name. The \
            finding points at the object or field that should hold the missing one.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: web
                ↓spec:
                  sessionPersistence:
                    sessionName: web
                """),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      type: Header
                      ↓header: {}
                """, generation: .main),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: web
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: web}
                  sessionPersistence:
                    sessionName: web
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// Reports missing-field violations.
    public func check(_ context: LintContext) -> [Finding] {
        context.schemaViolations.compactMap { violation in
            guard case .missingField(let name) = violation.problem else { return nil }
            let parent = violation.path.names.dropLast().last
            let message = parent.map { "missing required field \"\(name)\" in \($0)" } ?? "missing required field \"\(name)\""
            return Finding(at: violation.location, message, path: violation.path, object: violation.object)
        }
    }
}
