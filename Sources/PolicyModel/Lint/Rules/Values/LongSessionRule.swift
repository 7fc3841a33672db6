/// SPP110: an absolute timeout beyond a threshold (default 24h).
public struct LongSessionRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP110", name: "long-session", defaultSeverity: .info, category: .values,
        summary: "absolute timeout beyond a threshold (default 24h): a long hijack window",
        rationale: """
            The absolute timeout is how long a stolen session token stays useful (GEP-1619 \
            security section). Past a day, consider whether the application really needs it. \
            The threshold is set with --long-session or longSession in .sppctl.yaml.
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
                      absoluteTimeout: ↓720h
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
                      absoluteTimeout: 24h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports absolute timeouts above the threshold.
    public func check(_ context: LintContext) -> [Finding] {
        let limit = context.options.longSessionSeconds
        let shownLimit = GEPDuration.describe(seconds: limit)
        var findings: [Finding] = []
        for (config, object) in context.sessionPersistenceConfigs {
            guard let field = config.absoluteTimeout, let duration = GEPDuration.parse(field.value), duration.seconds > limit else { continue }
            findings.append(Finding(at: field.location, message(duration.seconds, shownLimit), path: field.path, object: object))
        }
        for (spec, object) in context.seedPolicies {
            guard let field = spec.absoluteTimeoutSeconds, case .int(let seconds) = field.value, seconds > limit else { continue }
            findings.append(Finding(at: field.location, message(seconds, shownLimit), path: field.path, object: object))
        }
        return findings
    }

    private func message(_ seconds: Int64, _ limit: String) -> String {
        let days = seconds / 86_400
        let shown = days >= 2 ? "\(GEPDuration.describe(seconds: seconds)), \(days) days" : GEPDuration.describe(seconds: seconds)
        return "sessions last up to \(shown), longer than \(limit): a stolen session token stays valid that long"
    }
}
