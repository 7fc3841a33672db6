/// SPP207: a route without persistence gets it through another object.
public struct PersistenceFromElsewhereRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP207", name: "persistence-from-elsewhere", defaultSeverity: .info, category: .attachment,
        summary: "a route without persistence gets it through another object",
        rationale: """
            A backend policy enables persistence "for any route directing traffic to this \
            backend" (GEP-1619), and in the provisional design persistence configured for a \
            backend through one route also holds for other routes to it (the GEP's "Two Routes \
            Share Backends" case). A route author who configured nothing still gets pinned \
            sessions; this says where they come from.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: cart
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: cart}
                  sessionPersistence:
                    absoluteTimeout: 8h
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - backendRefs:
                    - ↓{name: cart, port: 80}
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
                  - backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// One finding per backendRef that gets persistence from a backend-level source.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.entries.compactMap { entry in
            guard let persistence = entry.appliedPersistence, !persistence.isRouteLevel, let backend = entry.backend.identity else { return nil }
            let message = "\(entry.rule.label) configures no session persistence, but traffic to \(backend) is persistent through "
                + persistence.originDescription
            return Finding(at: entry.backend.reference.location, message, path: entry.backend.reference.path, object: entry.route.object,
                           related: [RelatedLocation(location: persistence.settings.location, message: "the settings that apply")])
        }
    }
}
