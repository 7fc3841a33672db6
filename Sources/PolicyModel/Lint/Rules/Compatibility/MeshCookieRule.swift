/// SPP303: cookie persistence on a mesh (GAMMA) route: Secure may not work.
public struct MeshCookieRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP303", name: "mesh-cookie", defaultSeverity: .info, category: .compatibility,
        summary: "cookie persistence on a mesh (GAMMA, parentRef to a Service) route: Secure may not work",
        rationale: """
            A route whose parent is a Service configures east-west mesh traffic. GEP-1619 notes \
            that "in certain implementation use cases such as service mesh, secure values might \
            not function as expected": clients inside the mesh often speak plain HTTP to the \
            sidecar, and many are not browsers that keep cookies at all. Header persistence is \
            often the better fit there.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: cart-mesh
                spec:
                  parentRefs:
                  - {group: "", kind: Service, name: cart}
                  rules:
                  - backendRefs:
                    - {name: cart, port: 80}
                    ↓sessionPersistence:
                      absoluteTimeout: 1h
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: cart-mesh
                spec:
                  parentRefs:
                  - {group: "", kind: Service, name: cart}
                  rules:
                  - backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: x-cart-session
                      absoluteTimeout: 1h
                      type: Header
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports cookie persistence on routes with a Service parent.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.entries.compactMap { entry in
            guard let persistence = entry.appliedPersistence, persistence.settings.type.value == "Cookie",
                  let mesh = entry.route.parents.first(where: \.isMesh) else { return nil }
            let anchor = entry.persistenceAnchor
            return Finding(at: anchor.location,
                           "cookie persistence on a mesh route: the Secure cookie default may not work for clients inside the mesh; consider type Header",
                           path: anchor.path, object: entry.route.object,
                           related: [RelatedLocation(location: mesh.reference.location, message: "the Service parent")])
        }
    }
}
