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
            shares a hostname (routes without hostnames share every host of their Gateway) and, for \
            cookies, whose Paths overlap.
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
            guard let persistence = entry.persistence, !persistence.nameGenerated, let backend = entry.backend.identity,
                  let location = persistence.sessionName.provenance.location else { continue }
            let name = persistence.sessionName.value
            if let clash = seen[name, default: []].first(where: { other in
                other.persistence.sessionName.value == persistence.sessionName.value
                    && other.entry.backend.identity != backend
                    && other.persistence.sessionName.provenance.location != location
                    && Self.shareHost(other.entry.route, entry.route)
                    && Self.pathsOverlap(other.persistence, persistence)
            }), reported.insert(location).inserted {
                let otherBackend = clash.entry.backend.identity.map(\.description) ?? "another backend"
                let message = "session name \"\(persistence.sessionName.value)\" is also the session name of \(otherBackend), "
                    + "reached on the same host: two sessions cannot share one name"
                findings.append(Finding(at: location, message, path: persistence.sessionName.provenance.path, object: persistence.source,
                                        related: clash.persistence.sessionName.provenance.location.map {
                                            [RelatedLocation(location: $0, message: "the same name for \(otherBackend)")]
                                        } ?? []))
            }
            // One representative per backend and route is enough to find a clash, and keeps
            // the search linear when many rules share a name.
            if !seen[name, default: []].contains(where: { $0.entry.backend.identity == backend && $0.entry.route === entry.route }) {
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
        let left = lhs.spec.hostnames
        let right = rhs.spec.hostnames
        if left.isEmpty || right.isEmpty { return true }
        return left.contains { host in right.contains { hostnamesOverlap(host, $0) } }
    }

    /// Whether a browser could hold both cookies for one request: header tokens always
    /// collide; cookies only when their Paths overlap (one is a prefix of the other, or unset).
    static func pathsOverlap(_ lhs: EffectivePersistence, _ rhs: EffectivePersistence) -> Bool {
        guard lhs.settings.type.value == "Cookie", rhs.settings.type.value == "Cookie" else { return true }
        let left = lhs.cookiePath.paths
        let right = rhs.cookiePath.paths
        if left.isEmpty || right.isEmpty { return true }
        func within(_ path: String, _ prefix: String) -> Bool {
            prefix == "/" || path == prefix || path.hasPrefix(prefix.hasSuffix("/") ? prefix : prefix + "/")
        }
        return left.contains { a in right.contains { b in within(a, b) || within(b, a) } }
    }

    private static func hostnamesOverlap(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        func covers(_ wildcard: String, _ host: String) -> Bool {
            wildcard.hasPrefix("*.") && host.hasSuffix(String(wildcard.dropFirst(1)))
        }
        return covers(lhs, rhs) || covers(rhs, lhs)
    }
}
