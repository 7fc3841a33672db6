import PolicyModel
import SppctlTestSupport
import Testing

@Suite("The attachment graph")
struct AttachmentGraphTests {
    private func graph(_ yaml: String, generation: Generation = .default) -> AttachmentGraph {
        InMemoryLint.analysis(yaml, generation: generation, path: "in.yaml").graph
    }

    static let routeAndBackendPolicy = """
        apiVersion: gateway.networking.x-k8s.io/v1alpha1
        kind: XBackendTrafficPolicy
        metadata: {name: cart}
        spec:
          targetRefs: [{group: "", kind: Service, name: cart}]
          sessionPersistence: {sessionName: backend, absoluteTimeout: 8h}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: shop}
        spec:
          rules:
          - matches: [{path: {type: PathPrefix, value: /cart}}]
            backendRefs: [{name: cart, port: 80}]
            sessionPersistence: {sessionName: rule, absoluteTimeout: 1h}
          - matches: [{path: {type: RegularExpression, value: "/p1/p2/.*/p3"}}, {path: {type: Exact, value: /other}}]
            backendRefs: [{name: cart, port: 80}]
        """

    @Test("a route rule's inline settings beat the backend policy, for that rule only")
    func routeRuleWins() throws {
        let graph = graph(Self.routeAndBackendPolicy)
        #expect(graph.entries.count == 2)
        let first = try #require(graph.entries[0].persistence)
        #expect(first.sessionName.value == "rule")
        #expect(first.isRouteLevel)
        #expect(first.overridden.map(\.label) == ["XBackendTrafficPolicy default/cart"])
        #expect(first.cookiePath == .fixed("/cart"))
        #expect(first.settings.absoluteTimeout?.value == 3600)
        #expect(first.settings.absoluteTimeout?.provenance.location == SourceLocation(file: "in.yaml", line: 15, column: 62))
        let second = try #require(graph.entries[1].persistence)
        #expect(second.sessionName.value == "backend")
        #expect(!second.isRouteLevel)
        #expect(second.cookiePath == .unset)
    }

    @Test("the cookie Path follows the generation: derived up to v1.6, / or cookie.path on main")
    func cookiePaths() {
        #expect(CookiePath.nonRegexPrefix("/p1/p2/.*/p3") == "/p1/p2")
        #expect(CookiePath.nonRegexPrefix("^/api/v[0-9]+") == "/api")
        #expect(CookiePath.nonRegexPrefix(".*") == "/")
        #expect(CookiePath.derived(from: []) == .fixed("/"))
        let main = graph("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: shop}
            spec:
              rules:
              - matches: [{path: {type: PathPrefix, value: /cart}}]
                backendRefs: [{name: cart, port: 80}]
                sessionPersistence: {absoluteTimeout: 1h, cookie: {}}
              - matches: [{path: {type: PathPrefix, value: /cart}}]
                backendRefs: [{name: cart, port: 80}]
                sessionPersistence: {absoluteTimeout: 1h, cookie: {path: /cart}}
            """, generation: .main)
        #expect(main.entries.map { $0.persistence?.cookiePath } == [.fixed("/"), .fixed("/cart")])
        #expect(main.entries[0].persistence?.nameGenerated == true)
        #expect(main.entries[0].persistence?.sessionName.value == "sp_shop_default_0")
    }

    @Test("GEP-713: the oldest creationTimestamp wins, then {namespace}/{name}")
    func conflicts() throws {
        let graph = graph("""
            apiVersion: gateway.networking.x-k8s.io/v1alpha1
            kind: XBackendTrafficPolicy
            metadata: {name: b, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec: {targetRefs: [{group: "", kind: Service, name: cart}], sessionPersistence: {absoluteTimeout: 1h}}
            ---
            apiVersion: gateway.networking.x-k8s.io/v1alpha1
            kind: XBackendTrafficPolicy
            metadata: {name: a, creationTimestamp: "2026-02-01T00:00:00Z"}
            spec: {targetRefs: [{group: "", kind: Service, name: cart}], sessionPersistence: {absoluteTimeout: 1h}}
            ---
            apiVersion: gateway.networking.x-k8s.io/v1alpha1
            kind: XBackendTrafficPolicy
            metadata: {name: c}
            spec: {targetRefs: [{group: "", kind: Service, name: other}], sessionPersistence: {absoluteTimeout: 1h}}
            ---
            apiVersion: gateway.networking.x-k8s.io/v1alpha1
            kind: XBackendTrafficPolicy
            metadata: {name: d}
            spec: {targetRefs: [{group: "", kind: Service, name: other}], sessionPersistence: {absoluteTimeout: 1h}}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: shop}
            spec:
              rules: [{backendRefs: [{name: cart, port: 80}, {name: other, port: 80}]}]
            """)
        let byName = Dictionary(uniqueKeysWithValues: graph.policies.map { ($0.object.metadata.name!.value, $0.acceptance) })
        #expect(byName["b"]?.isAccepted == true)
        guard case .conflicted(let winner, let reason)? = byName["a"] else { Issue.record("a must be conflicted"); return }
        #expect(winner.metadata.name?.value == "b")
        #expect(reason == "older creationTimestamp")
        #expect(byName["c"]?.isAccepted == true)
        guard case .conflicted(let alphabetical, let why)? = byName["d"] else { Issue.record("d must be conflicted"); return }
        #expect(alphabetical.metadata.name?.value == "c")
        #expect(why.hasPrefix("alphabetical order"))
    }

    @Test("seed semantics: a route policy persists its backends for every route (two routes share backends)")
    func sharedThroughRoute() throws {
        let graph = graph("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: route-x}
            spec:
              rules: [{backendRefs: [{name: service-b, port: 80}]}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: route-y}
            spec:
              rules: [{backendRefs: [{name: service-b, port: 80}]}]
            ---
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: SessionPersistencePolicy
            metadata: {name: route-y}
            spec:
              targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: route-y}
              absoluteTimeoutSeconds: 600
            """)
        let routeX = try #require(graph.entries.first { $0.route.object.metadata.name?.value == "route-x" }?.persistence)
        guard case .sharedThroughRoute(let through) = routeX.origin else { Issue.record("expected persistence shared through route-y"); return }
        #expect(through.metadata.name?.value == "route-y")
        #expect(routeX.settings.absoluteTimeout?.value == 600)
    }

    @Test("cross-namespace backendRefs need a ReferenceGrant")
    func referenceGrants() {
        let denied = graph("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web, namespace: web}
            spec:
              rules: [{backendRefs: [{name: cart, namespace: shop, port: 80}], sessionPersistence: {absoluteTimeout: 1h}}]
            """)
        #expect(denied.entries.first?.backend.permitted == false)
        #expect(denied.entries.first?.persistence == nil)
    }
}
