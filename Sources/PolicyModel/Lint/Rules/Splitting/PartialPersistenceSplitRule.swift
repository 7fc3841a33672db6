/// SPP403: a split where only some backends have persistence.
public struct PartialPersistenceSplitRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP403", name: "partial-persistence-split", defaultSeverity: .warning, category: .splitting,
        summary: "a split where only some backends have persistence: behaviour differs by implementation",
        rationale: """
            When a rule splits traffic between backends and a backend policy gives persistence \
            to only some of them, implementations "MUST choose one of": apply it to all backends, \
            reject the policy's persistence, or apply it only to the configured backend \
            (GEP-1619). The same manifests behave three different ways on three gateways.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: cart-v1
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: cart-v1}
                  sessionPersistence:
                    absoluteTimeout: 1h
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - backendRefs:
                    - {name: cart-v1, port: 80, weight: 50}
                    - ↓{name: cart-v2, port: 80, weight: 50}
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
                    - {name: cart-v1, port: 80, weight: 50}
                    - {name: cart-v2, port: 80, weight: 50}
                    sessionPersistence:
                      absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports each backend without persistence in a split where another backend has it.
    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for route in context.graph.routes {
            for rule in route.rules {
                let entries = context.graph.entries(of: route, rule: rule.index).filter { $0.backend.weight > 0 && !$0.validity.isRejected }
                guard entries.count >= 2, let persistent = entries.first(where: { $0.appliedPersistence != nil }) else { continue }
                for entry in entries where entry.appliedPersistence == nil {
                    let message = "\(entry.backend.label) has no session persistence, but \(persistent.backend.label) in the same split has: "
                        + "implementations apply it to all, to one, or reject it"
                    findings.append(Finding(at: entry.backend.reference.location, message, path: entry.backend.reference.path, object: route.object,
                                            related: persistent.appliedPersistence.map { [RelatedLocation(location: $0.settings.location, message: "the persistence of \(persistent.backend.label)")] } ?? []))
                }
            }
        }
        return findings
    }
}
