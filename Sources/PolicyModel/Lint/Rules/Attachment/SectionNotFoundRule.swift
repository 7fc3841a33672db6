/// SPP204: sectionName names no rule (route) or port (Service).
public struct SectionNotFoundRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP204", name: "section-not-found", defaultSeverity: .error, category: .attachment,
        summary: "sectionName names no rule (route) or port (Service)",
        rationale: """
            GEP-713: "If a SectionName is specified, but does not exist on the targeted object, \
            the Policy must fail to attach". The provisional SessionPersistencePolicy can target \
            one rule of a route by the rule's name, or one port of a Service by the port's name.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - name: cart
                    backendRefs:
                    - {name: cart, port: 80}
                ---
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: SessionPersistencePolicy
                metadata:
                  name: cart
                spec:
                  targetRef:
                    group: gateway.networking.k8s.io
                    kind: HTTPRoute
                    name: shop
                    sectionName: ↓carts
                  absoluteTimeoutSeconds: 3600
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
                  - name: cart
                    backendRefs:
                    - {name: cart, port: 80}
                ---
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: SessionPersistencePolicy
                metadata:
                  name: cart
                spec:
                  targetRef:
                    group: gateway.networking.k8s.io
                    kind: HTTPRoute
                    name: shop
                    sectionName: cart
                  absoluteTimeoutSeconds: 3600
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports unknown sections.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.policies.flatMap { policy in
            policy.targets.compactMap { target -> Finding? in
                guard case .sectionNotFound(let text)? = target.problem else { return nil }
                let location = target.reference.sectionName?.location ?? target.reference.location
                return Finding(at: location, "\(text): the policy fails to attach", path: target.reference.path.child("sectionName"),
                               object: policy.object, related: target.resolved.map { [RelatedLocation(location: $0.anchorLocation, message: "\($0.gvk.kind) defined here")] } ?? [])
            }
        }
    }
}
