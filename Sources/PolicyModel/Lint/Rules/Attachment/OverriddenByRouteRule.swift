/// SPP206: a backend-level setting is overridden for traffic through a route rule.
public struct OverriddenByRouteRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP206", name: "overridden-by-route", defaultSeverity: .info, category: .attachment,
        summary: "a backend-level setting is overridden for traffic through a route rule",
        rationale: """
            "Any configuration that is specified at Route Rule level MUST override configuration \
            that is attached at the backend level" (GEP-1619; the seed: a policy on the route \
            beats one on the Service). Traffic through that rule gets the rule's settings, not \
            the policy's; the GEP suggests implementations warn about it.
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
                  ↓sessionPersistence:
                    absoluteTimeout: 8h
                ---
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
        ],
        nonTriggeringExamples: [
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
                    - {name: cart, port: 80}
                """),
        ])

    /// One finding per (backend policy, overriding rule).
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.entries.flatMap { entry -> [Finding] in
            guard let persistence = entry.appliedPersistence, let backend = entry.backend.identity else { return [] }
            return persistence.overridden.compactMap { policy in
                guard let settings = policy.settings else { return nil }
                let message = "for traffic through \(entry.route.label) \(entry.rule.label) to \(backend), this policy is overridden by "
                    + persistence.originDescription
                return Finding(at: settings.location, message, path: settings.path, object: policy.object,
                               related: [RelatedLocation(location: persistence.settings.location, message: "the overriding settings")])
            }
        }
    }

    /// Creates the rule.
    public init() {}
}
