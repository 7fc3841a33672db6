/// SPP205: several policies on one target; names the winner and why.
public struct ConflictingPoliciesRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP205", name: "conflicting-policies", defaultSeverity: .error, category: .attachment,
        summary: "several policies on one target; names the winner and why",
        rationale: """
            Session persistence policies are Direct policies with merge strategy None (GEP-713): \
            when several target the same object (and section), the one with the oldest \
            creationTimestamp is established, ties go to the first in alphabetical order of \
            {namespace}/{name}, and every other one is rejected (Accepted=False, reason \
            Conflicted). Manifests in git rarely carry creationTimestamp, so which one wins \
            depends on names, or on which was applied first: not what anyone intended.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: cart-a
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: cart}
                  sessionPersistence:
                    absoluteTimeout: 1h
                ---
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: ↓cart-b
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: cart}
                  sessionPersistence:
                    absoluteTimeout: 8h
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
                    absoluteTimeout: 1h
                ---
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: checkout
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: checkout}
                  sessionPersistence:
                    absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// One finding on each losing policy.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.policies.compactMap { policy in
            guard case .conflicted(let winner, let reason) = policy.acceptance else { return nil }
            let shared = policy.targets.first { target in
                target.isValid && context.graph.policies.contains { $0.object === winner && $0.targets.contains { $0.identity == target.identity } }
            }
            let targetText = shared.map { " on \($0.identity)" } ?? ""
            let winnerName = "\(winner.metadata.effectiveNamespace)/\(winner.metadata.name?.value ?? "")"
            let message = "\(policy.label) conflicts with \(winner.gvk.kind) \(winnerName)\(targetText): \(winnerName) wins (\(reason)) "
                + "and this policy is rejected (Accepted=False, reason Conflicted)"
            return Finding(at: policy.object.anchorLocation, message, path: .metadataName, object: policy.object,
                           related: [RelatedLocation(location: winner.anchorLocation, message: "the established policy \(winnerName)")])
        }
    }
}
