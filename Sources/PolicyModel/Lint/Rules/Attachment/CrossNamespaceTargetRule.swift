/// SPP202: a policy targets another namespace.
public struct CrossNamespaceTargetRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP202", name: "cross-namespace-target", defaultSeverity: .error, category: .attachment,
        summary: "a policy targets another namespace",
        rationale: """
            Session persistence policies are Direct policies: GEP-713 says they SHOULD only \
            target objects in their own namespace, and the shipped policies' targetRefs have no \
            namespace field at all. The provisional SessionPersistencePolicy's targetRef has one; \
            a controller rejects a policy that uses it to reach another namespace (the seed's \
            reason Invalid, "e.g. crossing namespace boundaries").
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: SessionPersistencePolicy
                metadata:
                  name: cart
                  namespace: team-a
                spec:
                  targetRef:
                    group: ""
                    kind: Service
                    name: cart
                    namespace: ↓shop
                  absoluteTimeoutSeconds: 3600
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: SessionPersistencePolicy
                metadata:
                  name: cart
                  namespace: shop
                spec:
                  targetRef:
                    group: ""
                    kind: Service
                    name: cart
                    namespace: shop
                  absoluteTimeoutSeconds: 3600
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports targets in another namespace.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.policies.flatMap { policy in
            policy.targets.compactMap { target -> Finding? in
                guard case .crossNamespace(let text)? = target.problem else { return nil }
                let location = target.reference.namespace?.location ?? target.reference.location
                return Finding(at: location, text, path: target.reference.path.child("namespace"), object: policy.object)
            }
        }
    }
}
