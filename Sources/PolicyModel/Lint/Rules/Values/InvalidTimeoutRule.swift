/// SPP102: seed timeouts ≤ 0 or beyond int64 seconds; Service ClientIP timeout outside (0, 86400].
public struct InvalidTimeoutRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP102", name: "invalid-timeout", defaultSeverity: .error, category: .values,
        summary: "seed timeouts ≤ 0 or beyond int64 seconds; Service ClientIP timeout outside (0, 86400]",
        rationale: """
            The provisional SessionPersistencePolicy counts absoluteTimeoutSeconds and \
            idleTimeoutSeconds in int64 seconds: zero or less means no timeout was really set, and \
            a number beyond int64 cannot be stored. Kubernetes validates a Service's ClientIP \
            affinity timeout with "must be greater than 0 and less than 86400" (at most one day).
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: SessionPersistencePolicy
                metadata:
                  name: web
                spec:
                  targetRef: {group: "", kind: Service, name: web}
                  absoluteTimeoutSeconds: ↓-5
                """),
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  sessionAffinity: ClientIP
                  sessionAffinityConfig:
                    clientIP:
                      timeoutSeconds: ↓172800
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  sessionAffinity: ClientIP
                  sessionAffinityConfig:
                    clientIP:
                      timeoutSeconds: 10800
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// True for schema violations this rule reports itself.
    public static func claims(_ violation: SchemaViolation) -> Bool {
        let path = violation.path.description
        if path == "spec.sessionAffinityConfig.clientIP.timeoutSeconds" { return true }
        return violation.object.knownKind == .sessionPersistencePolicy
            && (path == "spec.absoluteTimeoutSeconds" || path == "spec.idleTimeoutSeconds")
    }

    /// Checks seed policy timeouts and Service ClientIP timeouts.
    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (spec, object) in context.seedPolicies {
            for (name, field) in [("absoluteTimeoutSeconds", spec.absoluteTimeoutSeconds), ("idleTimeoutSeconds", spec.idleTimeoutSeconds)] {
                guard let field else { continue }
                switch field.value {
                case .int(let seconds) where seconds <= 0:
                    findings.append(Finding(at: field.location, "\(name) must be greater than 0 (it is \(seconds))", path: field.path, object: object))
                case .bigInt(let text):
                    findings.append(Finding(at: field.location, "\(name) \(text) is beyond int64 seconds", path: field.path, object: object))
                default:
                    break
                }
            }
        }
        for object in context.objects {
            guard case .service(let service) = object.spec, service.sessionAffinity?.value == "ClientIP",
                  let timeout = service.clientIPTimeoutSeconds else { continue }
            let outside: Bool
            switch timeout.value {
            case .int(let seconds): outside = seconds <= 0 || seconds > 86_400
            case .bigInt: outside = true
            default: outside = false
            }
            if outside {
                findings.append(Finding(at: timeout.location, "timeoutSeconds must be greater than 0 and less than 86400",
                                        path: timeout.path, object: object))
            }
        }
        return findings
    }
}
