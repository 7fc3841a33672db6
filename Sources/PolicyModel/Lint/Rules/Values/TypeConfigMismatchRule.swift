/// SPP106: cookie/cookieConfig/header set against `type` (the generation's CEL rules).
public struct TypeConfigMismatchRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP106", name: "type-config-mismatch", defaultSeverity: .error, category: .values,
        summary: "cookie/cookieConfig/header set against type (per generation's CEL)",
        rationale: """
            From v1.5 the CRD rejects cookieConfig unless type is Cookie ("cookieConfig can only \
            be set with type Cookie"); before v1.5 it was accepted and ignored. On main, type is \
            the discriminator of a union: cookie only with Cookie, header only with Header, and \
            each type needs its object, so sessionPersistence: {} is invalid there (type defaults \
            to Cookie and the cookie object is missing).
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
                      type: Header
                      ↓cookieConfig:
                        lifetimeType: Session
                """),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - ↓sessionPersistence: {}
                """, generation: .main),
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
                      type: Header
                      cookieConfig:
                        lifetimeType: Session
                """, generation: .v1_4),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      type: Header
                      header:
                        name: X-Session
                """, generation: .main),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// Evaluates the generation's type rules on every configuration.
    public func check(_ context: LintContext) -> [Finding] {
        let validations = SessionPersistenceSchema.schema(for: context.generation).validations
        var findings: [Finding] = []
        // An invalid `type` is SPP107's finding; judging the rest against it would cascade.
        for (config, object) in context.sessionPersistenceConfigs where !context.hasViolation(at: config.path.child("type"), of: object) {
            for validation in validations {
                switch validation.check {
                case .onlyWithType(let field, let type):
                    guard config.effectiveType != type, let place = presence(of: field, in: config) else { continue }
                    findings.append(Finding(at: place.location, validation.message, path: place.path, object: object))
                case .requiredForType(let field, let type):
                    guard config.effectiveType == type, presence(of: field, in: config) == nil else { continue }
                    let location = config.type?.location ?? config.location
                    findings.append(Finding(at: location, validation.message, path: config.path.child(field), object: object))
                default:
                    continue
                }
            }
        }
        return findings
    }

    private func presence(of field: String, in config: SessionPersistenceConfig) -> (location: SourceLocation, path: FieldPath)? {
        switch field {
        case "header": return config.header.map { ($0.location, $0.path) }
        default: return config.cookie.map { ($0.location, $0.path) }
        }
    }
}
