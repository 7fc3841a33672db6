/// SPP402: a weight-0 backend still receives persistent sessions.
public struct ZeroWeightReachableRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP402", name: "zero-weight-reachable", defaultSeverity: .warning, category: .splitting,
        summary: "a weight-0 backend still receives persistent sessions (the GEP's /a and /b case)",
        rationale: """
            "The persistence to a single backend MUST be maintained across services, even if the \
            weight is set to 0" (GEP-1619). In the GEP's example a policy on the route covers \
            /a (only servicev1) and /b (servicev1 at weight 0): a client that visited /a is sent \
            to servicev1 on /b too. Any client pinned before a canary was set to 0 also keeps \
            reaching it. Weight 0 does not drain a persistent backend.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: split-route
                spec:
                  rules:
                  - matches:
                    - path: {value: /a}
                    backendRefs:
                    - {name: servicev1, port: 80}
                  - matches:
                    - path: {value: /b}
                    backendRefs:
                    - {name: servicev1, port: 80, weight: ↓0}
                    - {name: servicev2, port: 80, weight: 100}
                ---
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: SessionPersistencePolicy
                metadata:
                  name: spp-split-route
                spec:
                  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: split-route}
                  absoluteTimeoutSeconds: 3600
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: split-route
                spec:
                  rules:
                  - backendRefs:
                    - {name: servicev1, port: 80, weight: 0}
                    - {name: servicev2, port: 80, weight: 100}
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports each weight-0 backend with persistence, naming where its sessions come from.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.entries.compactMap { entry in
            guard let persistence = entry.appliedPersistence, entry.backend.weight == 0, let weight = entry.backend.reference.weight,
                  let backend = entry.backend.identity else { return nil }
            let feeder = context.graph.entries(toBackend: backend).first { other in
                other.backend.weight > 0 && other.appliedPersistence?.scope == persistence.scope
            }
            var message = "\(backend) has weight 0 here but still receives clients pinned to it"
            var related: [RelatedLocation] = []
            if let feeder {
                let place = feeder.route.object === entry.route.object ? feeder.rule.label : "\(feeder.route.label) \(feeder.rule.label)"
                message += ": sessions established through \(place) share this session and follow it here"
                related.append(RelatedLocation(location: feeder.backend.reference.location, message: "\(backend) receives new sessions here"))
            } else {
                message += " by sessions established before its weight became 0"
            }
            return Finding(at: weight.location, message, path: weight.path, object: entry.route.object, related: related)
        }
    }
}
