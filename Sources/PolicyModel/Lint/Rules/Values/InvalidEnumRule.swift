/// SPP107: a value outside its enum.
public struct InvalidEnumRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP107", name: "invalid-enum", defaultSeverity: .error, category: .values,
        summary: "a value outside its enum (type, lifetimeType, sessionAffinity …)",
        rationale: """
            Enums are case-sensitive and the API server rejects any other value: type is Cookie \
            or Header (the provisional GEP's HTTPCookie is only valid in its own \
            SessionPersistencePolicy), lifetimeType is Permanent or Session, a Service's \
            sessionAffinity is ClientIP or None, a path match type is Exact, PathPrefix or \
            RegularExpression.
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
                      type: ↓HTTPCookie
                      cookieConfig:
                        lifetimeType: ↓permanent
                """, generation: .v1_4),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: SessionPersistencePolicy
                metadata:
                  name: web
                spec:
                  targetRef: {group: "", kind: Service, name: web}
                  absoluteTimeoutSeconds: 3600
                  type: HTTPCookie
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// Reports enum violations with the closest allowed value.
    public func check(_ context: LintContext) -> [Finding] {
        context.schemaViolations.compactMap { violation in
            guard case .notInEnum(let value, let allowed) = violation.problem else { return nil }
            let field = violation.path.names.last ?? "value"
            var message = "\(field) \"\(value)\" is not one of \(allowed.joined(separator: ", "))"
            if value == "HTTPCookie", allowed.contains("Cookie") {
                message += "; HTTPCookie is the provisional GEP's spelling, shipped releases use Cookie"
            } else if let suggestion = EditDistance.suggestion(for: value, among: allowed) {
                message += "; did you mean \(suggestion)?"
            }
            return Finding(at: violation.location, message, path: violation.path, object: violation.object)
        }
    }
}
