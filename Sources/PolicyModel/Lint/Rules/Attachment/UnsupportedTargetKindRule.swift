/// SPP203: target kind not allowed for this policy kind.
public struct UnsupportedTargetKindRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP203", name: "unsupported-target-kind", defaultSeverity: .error, category: .attachment,
        summary: "target kind not allowed for this policy kind",
        rationale: """
            BackendLBPolicy and XBackendTrafficPolicy attach to backends only: a Service \
            (group ""), a ServiceImport or an implementation's own backend kind; route-level \
            persistence is configured inline on the route rule. The provisional \
            SessionPersistencePolicy attaches to a Service, an HTTPRoute or a GRPCRoute. The CRDs \
            do not check this (upstream's own CEL tests accept any kind), so the manifest applies \
            and the policy silently does nothing. Groups and kinds are case-sensitive and the core \
            group is "", not "core" (the Gateway API v1.1 blog post shows group: core, kind: service).
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: web
                spec:
                  targetRefs:
                  - group: gateway.networking.k8s.io
                    kind: ↓HTTPRoute
                    name: web
                  - group: ↓core
                    kind: service
                    name: web
                  sessionPersistence:
                    absoluteTimeout: 1h
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: web
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: web}
                  - {group: gateway.envoyproxy.io, kind: Backend, name: external}
                  sessionPersistence:
                    absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports targets of a kind the policy cannot take.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.policies.flatMap { policy in
            policy.targets.compactMap { target -> Finding? in
                guard case .unsupportedKind(let text)? = target.problem else { return nil }
                let pointsAtGroup = target.identity.group == "core"
                let field = pointsAtGroup ? target.reference.group : target.reference.kind
                let location = field?.location ?? target.reference.location
                return Finding(at: location, "\(policy.object.gvk.kind) cannot target \(target.identity.kind) \(target.identity.name): \(text)",
                               path: target.reference.path.child(pointsAtGroup ? "group" : "kind"), object: policy.object)
            }
        }
    }
}
