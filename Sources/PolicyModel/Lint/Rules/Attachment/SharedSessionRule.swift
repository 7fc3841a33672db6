/// SPP208: two rules or routes share one session token where they must not.
public struct SharedSessionRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP208", name: "shared-session", defaultSeverity: .warning, category: .attachment,
        summary: "two rules or routes share one session token where they must not",
        rationale: """
            "Route rules referencing the same service MUST NOT share persistent sessions (i.e. \
            the same cookie)" (GEP-1619, route-rule scope). Giving two rules that reach one \
            Service the same explicit session name asks for exactly that: implementations either \
            reject one, or let a session made through one rule pin traffic of the other.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - matches:
                    - path: {value: /a}
                    backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: shop
                      absoluteTimeout: 1h
                  - matches:
                    - path: {value: /b}
                    backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: ↓shop
                      absoluteTimeout: 1h
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - matches:
                    - path: {value: /a}
                    backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: shop-a
                      absoluteTimeout: 1h
                  - matches:
                    - path: {value: /b}
                    backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: shop-b
                      absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports each later route-level scope that reuses an explicit name for the same backend.
    public func check(_ context: LintContext) -> [Finding] {
        struct Key: Hashable {
            let backend: ObjectIdentity
            let name: String
        }
        var first: [Key: EffectivePersistence] = [:]
        var findings: [Finding] = []
        for entry in context.graph.entries {
            guard let persistence = entry.persistence, persistence.isRouteLevel, !persistence.nameGenerated,
                  let backend = entry.backend.identity else { continue }
            let key = Key(backend: backend, name: persistence.sessionName.value)
            guard let earlier = first[key] else {
                first[key] = persistence
                continue
            }
            guard earlier.scope != persistence.scope, let location = persistence.sessionName.provenance.location else { continue }
            let message = "session name \"\(key.name)\" is also used by another rule reaching \(backend): "
                + "rules to the same Service must not share a session"
            findings.append(Finding(at: location, message, path: persistence.sessionName.provenance.path, object: entry.route.object,
                                    related: earlier.sessionName.provenance.location.map { [RelatedLocation(location: $0, message: "first used here")] } ?? []))
        }
        return findings
    }
}
