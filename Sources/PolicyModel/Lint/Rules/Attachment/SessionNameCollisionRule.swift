/// SPP209: one cookie/header name configured for different backends on the same host.
public struct SessionNameCollisionRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP209", name: "session-name-collision", defaultSeverity: .warning, category: .attachment,
        summary: "one cookie/header name configured for different backends on the same host",
        rationale: """
            GEP-1619 "Session Naming Collision": two policies give two Services the same cookie \
            name and one route reaches both: "This is an invalid configuration as two separate \
            sessions cannot have the same cookie name", and implementations may reject it or let \
            one cookie win at random. The same holds for any two configurations whose traffic \
            shares a hostname (routes without hostnames share every host of their Gateway) and \
            whose tokens are of one kind: two headers, or two cookies whose Paths overlap. A \
            header and a cookie of the same name never collide (Envoy Gateway's own e2e test \
            uses one name for both).
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: policy-a
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: a}
                  sessionPersistence:
                    sessionName: shop
                    absoluteTimeout: 1h
                ---
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: policy-b
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: b}
                  sessionPersistence:
                    sessionName: ↓shop
                    absoluteTimeout: 1h
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: split
                spec:
                  rules:
                  - backendRefs:
                    - {name: a, port: 80, weight: 50}
                    - {name: b, port: 80, weight: 50}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: a
                spec:
                  hostnames: [a.example.com]
                  rules:
                  - backendRefs:
                    - {name: a, port: 80}
                    sessionPersistence:
                      sessionName: shop
                      absoluteTimeout: 1h
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: b
                spec:
                  hostnames: [b.example.com]
                  rules:
                  - backendRefs:
                    - {name: b, port: 80}
                    sessionPersistence:
                      sessionName: shop
                      absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports each later configuration whose name another backend already uses on a shared host.
    public func check(_ context: LintContext) -> [Finding] {
        var seen: [String: [(entry: BackendEntry, persistence: EffectivePersistence)]] = [:]
        var reported = Set<SourceLocation>()
        var findings: [Finding] = []
        for entry in context.graph.entries {
            guard let persistence = entry.appliedPersistence, !persistence.nameGenerated, let backend = entry.backend.identity,
                  let location = persistence.sessionName.provenance.location else { continue }
            let name = persistence.sessionName.value
            if let clash = seen[name, default: []].first(where: { other in
                other.entry.backend.identity != backend
                    && other.persistence.sessionName.provenance.location != location
                    && Self.shareHost(other.entry.route, entry.route)
                    && other.persistence.tokenCollides(with: persistence)
            }), reported.insert(location).inserted {
                let otherBackend = clash.entry.backend.identity.map(\.description) ?? "another backend"
                let message = "\(persistence.token) \"\(persistence.sessionName.value)\" is also the session \(persistence.token) of \(otherBackend), "
                    + "reached on the same host\(persistence.token == "cookie" ? " with overlapping cookie paths" : ""): two sessions cannot share one name"
                findings.append(Finding(at: location, message, path: persistence.sessionName.provenance.path, object: persistence.source,
                                        related: clash.persistence.sessionName.provenance.location.map {
                                            [RelatedLocation(location: $0, message: "the same name for \(otherBackend)")]
                                        } ?? []))
            }
            // One representative per backend, route, token kind and cookie Path is enough to find
            // a clash, and keeps the search linear when many rules share a name.
            if !seen[name, default: []].contains(where: {
                $0.entry.backend.identity == backend && $0.entry.route === entry.route && $0.persistence.token == persistence.token
                    && $0.persistence.cookiePath == persistence.cookiePath
            }) {
                seen[name, default: []].append((entry, persistence))
            }
        }
        return findings
    }

    /// Whether two routes can serve the same host: hostnames overlap (none means any) and,
    /// when both name Gateways, they share one.
    static func shareHost(_ lhs: RouteNode, _ rhs: RouteNode) -> Bool {
        let leftGateways = Set(lhs.parents.compactMap { $0.gateway?.identity })
        let rightGateways = Set(rhs.parents.compactMap { $0.gateway?.identity })
        if !leftGateways.isEmpty, !rightGateways.isEmpty, leftGateways.isDisjoint(with: rightGateways) { return false }
        return Hostname.overlap(lhs.spec.hostnames, rhs.spec.hostnames)
    }
}
