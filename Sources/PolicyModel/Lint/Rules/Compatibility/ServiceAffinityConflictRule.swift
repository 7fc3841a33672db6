/// SPP301: the backend Service has `sessionAffinity: ClientIP`; the route must be rejected.
public struct ServiceAffinityConflictRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP301", name: "service-affinity-conflict", defaultSeverity: .error, category: .compatibility,
        summary: "backend Service has sessionAffinity: ClientIP: the route must be rejected",
        rationale: """
            "In these cases where both Kubernetes service session affinity and Gateway API \
            session persistence are both enabled, the route MUST be rejected, and a status should \
            be set describing the incompatibility of these two configurations" (GEP-1619, \
            "Session Affinity in K8S Services"; every generation). Meshes and some gateways use \
            the Service IP, where kube-proxy's ClientIP affinity fights the gateway's persistence.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: cart
                spec:
                  sessionAffinity: ClientIP
                  ports:
                  - port: 80
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - backendRefs:
                    - ↓{name: cart, port: 80}
                    sessionPersistence:
                      absoluteTimeout: 1h
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: cart
                spec:
                  sessionAffinity: ClientIP
                  ports:
                  - port: 80
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

    /// Creates the rule.
    public init() {}

    /// Reports each persistent backend whose Service uses ClientIP affinity.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.entries.compactMap { entry in
            guard let affinity = entry.conflictingAffinity, let identity = entry.backend.identity else { return nil }
            let message = "\(identity) has sessionAffinity: ClientIP and this traffic has session persistence: "
                + "the route must be rejected (GEP-1619); set sessionAffinity: None or drop the persistence"
            return Finding(at: entry.backend.reference.location, message, path: entry.backend.reference.path, object: entry.route.object,
                           related: [RelatedLocation(location: affinity.location, message: "ClientIP affinity is set here")])
        }
    }
}
