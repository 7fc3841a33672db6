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
            gateway keeps the session, and sessions also outlive pod IP reuse. What enforces the \
            timeout differs: the GEP has the gateway end the session whatever the cookie's \
            lifetime; Envoy Gateway and NGINX Gateway Fabric only give a Permanent cookie a \
            Max-Age/expires, and Envoy Gateway ignores the timeout of header sessions. The \
            message says what to set for the selected --implementation.
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

    /// Reports configurations without any timeout, saying what would enforce one under the
    /// selected implementation.
    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        let profile = context.implementation
        for (config, object) in context.sessionPersistenceConfigs where config.absoluteTimeout == nil && config.idleTimeout == nil {
            // A timeout of the wrong type is SPP005's finding, not a missing one.
            guard !context.hasViolation(at: config.path.child("absoluteTimeout"), of: object),
                  !context.hasViolation(at: config.path.child("idleTimeout"), of: object) else { continue }
            let settings = PersistenceSettings(config, of: object)
            if case .route(let route) = object.spec, profile.ignoredRoutePersistence(type: settings.type.value, grpc: route.isGRPC) != nil { continue }
            if let kind = object.knownKind, profile.ignoredPolicyKind(kind) != nil { continue }
            let fields = context.generation <= .v1_5 && profile.honoursIdleTimeout ? "absoluteTimeout or idleTimeout" : "absoluteTimeout"
            findings.append(Finding(at: config.location, Self.message(fields: fields, type: settings.type.value, profile: profile),
                                    path: config.path, object: object))
        }
        if profile.ignoredPolicyKind(.sessionPersistencePolicy) == nil {
            for (spec, object) in context.seedPolicies where !Self.positive(spec.absoluteTimeoutSeconds) && !Self.positive(spec.idleTimeoutSeconds) {
                guard !context.hasViolation(at: FieldPath.spec.child("absoluteTimeoutSeconds"), of: object),
                      !context.hasViolation(at: FieldPath.spec.child("idleTimeoutSeconds"), of: object) else { continue }
                findings.append(Finding(at: spec.location,
                                        "sessions never expire: set absoluteTimeoutSeconds or idleTimeoutSeconds; the gateway must then end the session when it passes",
                                        path: .spec, object: object))
            }
        }
        return findings
    }

    /// What bounds a session here, and what to set.
    static func message(fields: String, type: String, profile: ImplementationProfile) -> String {
        switch profile {
        case .gep:
            if type == "Header" {
                return "sessions never expire: set \(fields); GEP-1619 has the gateway end the session when it passes (Envoy Gateway "
                    + "ignores absoluteTimeout for header sessions, so there the application that issues the header must expire it)"
            }
            return "sessions never expire: set \(fields); GEP-1619 has the gateway end the session when it passes, whatever the cookie's "
                + "lifetime (Envoy Gateway and NGINX Gateway Fabric only turn absoluteTimeout into the Max-Age of a Permanent cookie: "
                + "there also set cookieConfig.lifetimeType: Permanent)"
        case .envoyGateway:
            if type == "Header" {
                return "sessions never expire: Envoy Gateway sets no timeout for header sessions, even with absoluteTimeout; "
                    + "the application that issues the header must expire it"
            }
            return "sessions never expire: Envoy Gateway bounds a cookie session only by the TTL of a Permanent cookie; set absoluteTimeout "
                + "with cookieConfig.lifetimeType: Permanent (a Session-lifetime cookie lasts until the browser closes, whatever absoluteTimeout says)"
        case .nginxGatewayFabric:
            return "sessions never expire: NGINX Gateway Fabric bounds a session only by the cookie's expires; set absoluteTimeout with "
                + "cookieConfig.lifetimeType: Permanent (with lifetimeType: Session it drops expires)"
        }
    }

    private static func positive(_ value: Located<ScalarValue>?) -> Bool {
        switch value?.value {
        case .int(let seconds)?: return seconds > 0
        case .bigInt?: return true
        default: return false
        }
    }
}
