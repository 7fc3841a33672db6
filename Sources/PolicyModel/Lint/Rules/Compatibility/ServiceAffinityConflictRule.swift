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
            the Service IP, where kube-proxy's ClientIP affinity fights the gateway's persistence. \
            A policy that puts session persistence on such a Service is reported too, even when \
            no route in the inputs reaches it.
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

    /// Reports each persistent backend whose Service uses ClientIP affinity, and each policy
    /// that gives such a Service session persistence, whether or not a route reaches it.
    public func check(_ context: LintContext) -> [Finding] {
        let onRoutes = context.graph.entries.compactMap { entry -> Finding? in
            guard let affinity = entry.conflictingAffinity, let identity = entry.backend.identity else { return nil }
            let message = "\(identity) has sessionAffinity: ClientIP and this traffic has session persistence: "
                + "the route must be rejected (GEP-1619); set sessionAffinity: None or drop the persistence"
            return Finding(at: entry.backend.reference.location, message, path: entry.backend.reference.path, object: entry.route.object,
                           related: [RelatedLocation(location: affinity.location, message: "ClientIP affinity is set here")])
        }
        let onPolicies = context.graph.policies.flatMap { policy -> [Finding] in
            guard policy.settings != nil else { return [] }
            return policy.targets.compactMap { target -> Finding? in
                guard let service = target.resolved, case .service(let spec) = service.spec,
                      let affinity = spec.sessionAffinity, affinity.value == "ClientIP" else { return nil }
                let message = "\(target.identity) has sessionAffinity: ClientIP and this policy gives it session persistence: "
                    + "both are enabled on one Service, so every route to it must be rejected (GEP-1619); set sessionAffinity: None or drop one"
                return Finding(at: target.reference.location, message, path: target.reference.path, object: policy.object,
                               related: [RelatedLocation(location: affinity.location, message: "ClientIP affinity is set here")])
            }
        }
        return onRoutes + onPolicies
    }
}
