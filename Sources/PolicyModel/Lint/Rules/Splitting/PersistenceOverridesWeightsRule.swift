/// SPP401: a weighted split with persistence: established sessions ignore weight changes.
public struct PersistenceOverridesWeightsRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP401", name: "persistence-overrides-weights", defaultSeverity: .info, category: .splitting,
        summary: "a weighted split with persistence: established sessions ignore weight changes",
        rationale: """
            "A persistent session takes precedence over traffic split weights" (GEP-1619): the \
            weights only place new sessions. Shifting a canary from 10 to 50 percent, or back to \
            0, moves no existing client; the split you see in metrics lags the split you wrote by \
            up to the absolute timeout.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - ↓backendRefs:
                    - {name: cart-v1, port: 80, weight: 90}
                    - {name: cart-v2, port: 80, weight: 10}
                    sessionPersistence:
                      absoluteTimeout: 1h
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
                    - {name: cart-v1, port: 80, weight: 90}
                    - {name: cart-v2, port: 80, weight: 10}
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// One finding per split rule with persistence.
    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for route in context.graph.routes {
            for rule in route.rules {
                let entries = context.graph.entries(of: route, rule: rule.index)
                let weighted = rule.backends.filter { $0.weight > 0 }
                // Where the implementation places every request by weight (NGINX Gateway Fabric),
                // sessions do not override weights; SPP304 says so instead.
                guard weighted.count >= 2, entries.contains(where: { $0.decision?.session?.holdsAcrossBackends == true }) else { continue }
                let weights = rule.backends.map { "\($0.identity?.name ?? "?") \($0.weight)" }.joined(separator: ", ")
                findings.append(Finding(at: rule.rule.location,
                                        "this rule splits traffic (\(weights)) and has session persistence: weights only place new sessions, established ones stay where they are",
                                        path: rule.rule.path, object: route.object))
            }
        }
        return findings
    }
}
