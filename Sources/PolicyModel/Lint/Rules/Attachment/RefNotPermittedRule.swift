/// SPP210: a cross-namespace backendRef that no ReferenceGrant allows.
public struct RefNotPermittedRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP210", name: "ref-not-permitted", defaultSeverity: .error, category: .attachment,
        summary: "a cross-namespace backendRef that no ReferenceGrant allows",
        rationale: """
            A route may only send traffic to a Service in another namespace when a ReferenceGrant \
            in that namespace allows it; otherwise the backend is not resolved (ResolvedRefs=False, \
            reason RefNotPermitted) and no session persistence applies to it either.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                  namespace: web
                spec:
                  rules:
                  - backendRefs:
                    - name: cart
                      namespace: ↓billing
                      port: 80
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                  namespace: web
                spec:
                  rules:
                  - backendRefs:
                    - {name: cart, namespace: billing, port: 80}
                ---
                apiVersion: gateway.networking.k8s.io/v1beta1
                kind: ReferenceGrant
                metadata:
                  name: web-routes
                  namespace: billing
                spec:
                  from:
                  - {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}
                  to:
                  - {group: "", kind: Service}
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports each unpermitted backendRef.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.entries.compactMap { entry in
            guard !entry.backend.permitted, let identity = entry.backend.identity, let namespace = entry.backend.reference.namespace else { return nil }
            let consequence = "the backend is not resolved (RefNotPermitted): requests to it fail and no session persistence applies"
            if let grant = entry.backend.refusedGrant {
                let name = "ReferenceGrant \(grant.metadata.effectiveNamespace)/\(grant.metadata.name?.value ?? "")"
                let why = context.graph.refusal(of: grant).map { " (\($0.ruleID) at \($0.location))" } ?? ""
                let message = "\(name) (\(grant.gvk.apiVersion)) would let \(entry.route.label) refer to \(identity), but the API server "
                    + "refuses that grant\(why): \(consequence)"
                return Finding(at: namespace.location, message, path: namespace.path, object: entry.route.object,
                               related: [RelatedLocation(location: grant.apiVersion?.location ?? grant.anchorLocation, message: "the refused ReferenceGrant")])
            }
            let message = "no ReferenceGrant in namespace \(identity.namespace) lets \(entry.route.label) refer to \(identity): \(consequence)"
            return Finding(at: namespace.location, message, path: namespace.path, object: entry.route.object)
        }
    }
}
