/// SPP103: idle timeout ≥ absolute timeout, so the idle timeout can never fire.
public struct IdleNotBelowAbsoluteRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP103", name: "idle-not-below-absolute", defaultSeverity: .warning, category: .values,
        summary: "idle timeout ≥ absolute timeout: the idle timeout can never fire",
        rationale: """
            A session ends at its absolute timeout whatever happens, so an idle timeout that is \
            not shorter never takes effect: usually the two values were swapped. Applies to \
            idleTimeout (v1.1.0–v1.5) and the seed's idleTimeoutSeconds.
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
                      absoluteTimeout: 10m
                      idleTimeout: ↓1h
                """, generation: .v1_5),
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
                      absoluteTimeout: 1h
                      idleTimeout: 10m
                """, generation: .v1_5),
        ])

    /// Creates the rule.
    public init() {}

    /// Compares the two timeouts wherever both are set and valid.
    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (config, object) in context.sessionPersistenceConfigs {
            guard let idle = config.idleTimeout, let absolute = config.absoluteTimeout,
                  let idleValue = GEPDuration.parse(idle.value), let absoluteValue = GEPDuration.parse(absolute.value),
                  idleValue.milliseconds >= absoluteValue.milliseconds else { continue }
            findings.append(finding(idle: idle.location, path: idle.path, idleText: idle.value,
                                    absolute: absolute.location, absoluteText: absolute.value, object: object))
        }
        for (spec, object) in context.seedPolicies {
            guard let idle = spec.idleTimeoutSeconds, let absolute = spec.absoluteTimeoutSeconds,
                  case .int(let idleSeconds) = idle.value, case .int(let absoluteSeconds) = absolute.value,
                  idleSeconds > 0, absoluteSeconds > 0, idleSeconds >= absoluteSeconds else { continue }
            findings.append(finding(idle: idle.location, path: idle.path, idleText: "\(idleSeconds)s",
                                    absolute: absolute.location, absoluteText: "\(absoluteSeconds)s", object: object))
        }
        return findings
    }

    private func finding(idle: SourceLocation, path: FieldPath, idleText: String, absolute: SourceLocation, absoluteText: String,
                         object: KubeObject) -> Finding {
        Finding(at: idle, "the idle timeout (\(idleText)) is not shorter than the absolute timeout (\(absoluteText)), so it can never fire",
                path: path, object: object,
                related: [RelatedLocation(location: absolute, message: "the absolute timeout is set here")])
    }
}
