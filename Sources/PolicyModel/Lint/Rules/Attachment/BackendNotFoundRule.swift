/// SPP211: a backendRef names a Service the inputs lack, in a namespace whose Services they define.
public struct BackendNotFoundRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP211", name: "backend-not-found", defaultSeverity: .warning, category: .attachment,
        summary: "a backendRef names a Service missing from the inputs, which define other Services of that namespace",
        rationale: """
            A backendRef to a Service that does not exist is not resolved (ResolvedRefs=False, \
            reason BackendNotFound): requests that would go to it fail with HTTP 500, and no \
            session persistence applies. Many repositories keep Services elsewhere (another \
            chart, another repository), so sppctl reports a missing Service only when the inputs \
            define at least one Service in the backend's namespace: then they claim to describe \
            that namespace, and a missing name is most likely a typo. Add the Service to the \
            inputs, or suppress the finding on the route.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: cart
                spec:
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
                    - name: ↓carts
                      port: 80
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
                    - name: cart
                      port: 80
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports each backendRef to a missing Service of a namespace the inputs describe.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.entries.compactMap { entry in
            guard entry.backend.missing, let identity = entry.backend.identity, let name = entry.backend.reference.name else { return nil }
            let others = context.graph.inventory.names(ofKind: "Service", in: identity.namespace)
            var message = "\(identity) is not in the inputs, which define other Services of namespace \(identity.namespace): "
                + "the backend is not resolved (BackendNotFound), requests to it fail and no session persistence applies"
            if let suggestion = EditDistance.suggestion(for: identity.name, among: others) { message += "; did you mean \(suggestion)?" }
            return Finding(at: name.location, message, path: name.path, object: entry.route.object)
        }
    }
}
