/// SPP212: a parent Gateway or ListenerSet in the inputs has no listener that accepts the route.
public struct NoListenerAcceptsRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP212", name: "no-listener-accepts", defaultSeverity: .error, category: .attachment,
        summary: "no listener of a parent Gateway or ListenerSet accepts the route (sectionName, port, hostname, allowedRoutes)",
        rationale: """
            A route attaches through listeners: the parentRef's sectionName and port select \
            them, and each must carry the route's kind (protocol or allowedRoutes.kinds), admit \
            its namespace (allowedRoutes.namespaces, Same by default) and share a hostname with it. \
            When none does, the controller sets Accepted=False (NotAllowedByListeners, \
            NoMatchingListenerHostname or NoMatchingParent) and the route carries no traffic, so \
            its session persistence does nothing. Parents that are not in the inputs are not \
            judged; a Selector on allowedRoutes.namespaces is assumed to admit the route.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  gatewayClassName: example
                  listeners:
                  - {name: http, protocol: HTTP, port: 80, hostname: shop.example.com}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: blog
                spec:
                  parentRefs:
                  - ↓name: public
                  hostnames: [blog.example.com]
                  rules:
                  - backendRefs:
                    - {name: blog, port: 80}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  gatewayClassName: example
                  listeners:
                  - {name: http, protocol: HTTP, port: 80, hostname: "*.example.com"}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: blog
                spec:
                  parentRefs:
                  - name: public
                  hostnames: [blog.example.com]
                  rules:
                  - backendRefs:
                    - {name: blog, port: 80}
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports each parentRef whose listeners all refuse the route.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.routes.flatMap { route in
            route.parents.compactMap { parent -> Finding? in
                let reason: String
                switch parent.acceptance {
                case .rejected(_, let message): reason = message
                case .refused(let object, let rejection):
                    reason = "the API server refuses \(object.label) (\(rejection.ruleID) at \(rejection.location)), so it never exists"
                case .accepted, .unknown: return nil
                }
                let consequence = route.isRejectedByEveryParent
                    ? "the route is not accepted and carries no traffic" : "the route is not accepted through this parent"
                return Finding(at: parent.reference.location, "\(reason): \(consequence)", path: parent.reference.path, object: route.object,
                               related: parent.listenerSet.map { [RelatedLocation(location: $0.anchorLocation, message: "the ListenerSet")] }
                                   ?? parent.gateway.map { [RelatedLocation(location: $0.anchorLocation, message: "the Gateway")] } ?? [])
            }
        }
    }
}
