/// SPP105: lifetimeType Permanent without absoluteTimeout (the generation's CEL rule).
public struct PermanentNeedsAbsoluteTimeoutRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP105", name: "permanent-needs-absolute-timeout", defaultSeverity: .error, category: .values,
        summary: "lifetimeType Permanent without absoluteTimeout (per generation's CEL)",
        rationale: """
            A Permanent cookie carries Expires or Max-Age, which come from absoluteTimeout, so \
            every release's CEL rule rejects Permanent without it ("AbsoluteTimeout must be \
            specified when cookie lifetimeType is Permanent"). v1.1.0 shipped a faulty rule that \
            also rejects any sessionPersistence with neither cookieConfig nor absoluteTimeout, \
            such as plain header persistence (upstream issue #3214, fixed in v1.1.1).
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
                      cookieConfig:
                        lifetimeType: ↓Permanent
                """),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - ↓sessionPersistence:
                      sessionName: session-a
                      type: Header
                """, generation: .v1_1_0),
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
                      sessionName: session-a
                      type: Header
                """, generation: .v1_1),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      absoluteTimeout: 12h
                      cookie:
                        lifetimeType: Permanent
                """, generation: .main),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// Evaluates the generation's Permanent rule on every configuration.
    public func check(_ context: LintContext) -> [Finding] {
        let validations = SessionPersistenceSchema.schema(for: context.generation).validations
        var findings: [Finding] = []
        for (config, object) in context.sessionPersistenceConfigs {
            for validation in validations {
                guard case .permanentNeedsAbsoluteTimeout(_, let guarded) = validation.check, config.absoluteTimeout == nil else { continue }
                if let cookie = config.cookie {
                    if let lifetime = cookie.lifetimeType, lifetime.value == "Permanent" {
                        findings.append(Finding(at: lifetime.location, validation.message, path: lifetime.path, object: object))
                    }
                } else if !guarded {
                    let message = validation.message
                        + ": v1.1.0's rule also rejects a sessionPersistence with neither cookieConfig nor absoluteTimeout "
                        + "(upstream issue #3214, fixed in v1.1.1)"
                    findings.append(Finding(at: config.location, message, path: config.path, object: object))
                }
            }
        }
        return findings
    }
}
