/// SPP109: no absolute and no idle timeout, so sessions never expire.
public struct SessionsNeverExpireRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP109", name: "sessions-never-expire", defaultSeverity: .warning, category: .values,
        summary: "no absolute and no idle timeout: unbounded sessions (GEP security section)",
        rationale: """
            GEP-1619's security section names session hijacking, fixation and replay, and asks \
            for session timeouts as the mitigation. Without absoluteTimeout (or, where it exists, \
            idleTimeout) a captured session token pins its holder to a backend for as long as the \
            gateway keeps the session, and sessions also outlive pod IP reuse.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - ↓sessionPersistence:
                      sessionName: shop
                """),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: SessionPersistencePolicy
                metadata:
                  name: web
                ↓spec:
                  targetRef: {group: "", kind: Service, name: web}
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
                      sessionName: shop
                      absoluteTimeout: 8h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports configurations without any timeout.
    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (config, object) in context.sessionPersistenceConfigs where config.absoluteTimeout == nil && config.idleTimeout == nil {
            let fields = context.generation <= .v1_5 ? "absoluteTimeout or idleTimeout" : "absoluteTimeout"
            findings.append(Finding(at: config.location, "sessions never expire: set \(fields) to bound how long a session token stays valid",
                                    path: config.path, object: object))
        }
        for (spec, object) in context.seedPolicies where !Self.positive(spec.absoluteTimeoutSeconds) && !Self.positive(spec.idleTimeoutSeconds) {
            findings.append(Finding(at: spec.location,
                                    "sessions never expire: set absoluteTimeoutSeconds or idleTimeoutSeconds to bound how long a session token stays valid",
                                    path: "spec", object: object))
        }
        return findings
    }

    private static func positive(_ value: Located<ScalarValue>?) -> Bool {
        switch value?.value {
        case .int(let seconds)?: return seconds > 0
        case .bigInt?: return true
        default: return false
        }
    }
}
