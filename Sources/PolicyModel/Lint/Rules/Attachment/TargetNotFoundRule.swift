/// SPP201: a targetRef names an object absent from the inputs.
public struct TargetNotFoundRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP201", name: "target-not-found", defaultSeverity: .warning, category: .attachment,
        summary: "a targetRef names an object absent from the inputs",
        rationale: """
            A policy whose target does not exist attaches to nothing (GEP-713 condition \
            Accepted=False, reason TargetNotFound): usually a typo in the name or the policy \
            was copied without its Service. A target that is not defined in the inputs but that a \
            route in the inputs sends traffic to counts as present. When the target lives in \
            another repository this is expected; suppress it on the policy with sppctl.io/ignore.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: cart
                ---
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: cart
                spec:
                  targetRefs:
                  - group: ""
                    kind: Service
                    name: ↓carts
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
                ---
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: cart
                spec:
                  targetRefs:
                  - group: ""
                    kind: Service
                    name: cart
                  sessionPersistence:
                    absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports valid targets that are not in the inputs.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.policies.flatMap { policy in
            policy.targets.compactMap { target -> Finding? in
                guard target.isValid, target.resolved == nil, !context.graph.referencedBackends.contains(target.identity) else { return nil }
                let close = context.graph.inventory.names(ofKind: target.identity.kind, in: target.identity.namespace)
                var message = "\(target.identity) is not in the inputs, so \(policy.label) attaches to nothing there"
                if let suggestion = EditDistance.suggestion(for: target.identity.name, among: close) {
                    message += "; did you mean \(suggestion)?"
                }
                let location = target.reference.name?.location ?? target.reference.location
                return Finding(at: location, message, path: target.reference.path.child("name"), object: policy.object)
            }
        }
    }
}
