/// SPP208: two rules or routes share one session token where they must not.
public struct SharedSessionRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP208", name: "shared-session", defaultSeverity: .warning, category: .attachment,
        summary: "two rules or routes share one session token where they must not",
        rationale: """
            "Route rules referencing the same service MUST NOT share persistent sessions (i.e. \
            the same cookie)" (GEP-1619, route-rule scope). Giving two rules that reach one \
            Service the same explicit session name asks for exactly that when both use headers, \
            or cookies whose Paths overlap: implementations either reject one, or let a session \
            made through one rule pin traffic of the other. A header and a cookie of one name are \
            two different tokens.
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
                    - path: {value: /shop}
                    backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: shop
                      absoluteTimeout: 1h
                  - matches:
                    - path: {value: /shop/cart}
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
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - matches:
                    - path: {value: /api}
                    backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: Session-A
                      type: Header
                      absoluteTimeout: 1h
                  - backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: Session-A
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
            let token: String
        }
        var earlierByKey: [Key: [EffectivePersistence]] = [:]
        var findings: [Finding] = []
        for entry in context.graph.entries {
            guard let persistence = entry.appliedPersistence, persistence.isRouteLevel, !persistence.nameGenerated,
                  let backend = entry.backend.identity else { continue }
            let key = Key(backend: backend, name: persistence.sessionName.value, token: persistence.token)
            let earlier = earlierByKey[key, default: []]
            if !earlier.contains(where: { $0.scope == persistence.scope }) { earlierByKey[key, default: []].append(persistence) }
            guard let clash = earlier.first(where: { $0.scope != persistence.scope && $0.tokenCollides(with: persistence) }),
                  let location = persistence.sessionName.provenance.location else { continue }
            let message = "\(persistence.token) \"\(key.name)\" is also the session \(persistence.token) of another rule reaching \(backend): "
                + "rules to the same Service must not share a session"
            findings.append(Finding(at: location, message, path: persistence.sessionName.provenance.path, object: entry.route.object,
                                    related: clash.sessionName.provenance.location.map { [RelatedLocation(location: $0, message: "first used here")] } ?? []))
        }
        return findings
    }
}
