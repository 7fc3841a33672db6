/// SPP007: a Gateway API group/version/kind that the selected generation does not serve.
public struct UnservedKindRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP007", name: "unserved-kind", defaultSeverity: .warning, category: .input,
        summary: "a kind the selected generation does not serve at all (e.g. BackendTrafficPolicy, BackendLBPolicy under v1.3+)",
        rationale: """
            The backend policy that carries session persistence was renamed twice: BackendLBPolicy \
            (gateway.networking.k8s.io/v1alpha2, v1.1–v1.2), then XBackendTrafficPolicy \
            (gateway.networking.x-k8s.io/v1alpha1, v1.3 on). GEP texts write BackendTrafficPolicy, \
            which no release ever shipped as a CRD. A manifest of a kind the selected release does \
            not have is refused by a cluster with that release's CRDs, and sppctl does not analyse \
            it (a warning, since the cluster may run another release: select it with \
            --gateway-api). A known kind at a version the release does not serve is SPP012; a \
            misspelled kind or group is SPP011.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: ↓gateway.networking.k8s.io/v1alpha2
                kind: BackendLBPolicy
                metadata:
                  name: web
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: web}
                """),
            RuleExample("""
                apiVersion: ↓gateway.networking.x-k8s.io/v1alpha1
                kind: BackendTrafficPolicy
                metadata:
                  name: web
                spec: {}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: BackendLBPolicy
                metadata:
                  name: web
                spec:
                  targetRefs:
                  - {group: "", kind: Service, name: web}
                """, generation: .v1_2),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: GatewayClass
                metadata:
                  name: example
                spec:
                  controllerName: example.com/gateway
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports Gateway API kinds the generation does not serve.
    public func check(_ context: LintContext) -> [Finding] {
        context.envelopeSuspects.compactMap { object in
            guard object.knownKind == nil, let message = problem(with: object, generation: context.generation) else { return nil }
            let location = object.apiVersion?.location ?? object.kind?.location ?? object.location
            return Finding(at: location, message, path: .apiVersion, object: object)
        }
    }

    private func problem(with object: KubeObject, generation: Generation) -> String? {
        let gvk = object.gvk
        if gvk.kind == "BackendTrafficPolicy", APIGroup.isGatewayAPI(gvk.group) {
            return "no Gateway API release has a BackendTrafficPolicy CRD (GEP texts use the name); \(replacement(for: generation))"
        }
        guard let known = KnownKind(rawValue: gvk.kind), APIGroup.isGatewayAPI(known.group) || known == .sessionPersistencePolicy else {
            return nil
        }
        guard known.group == gvk.group else { return nil }
        let served = known.servedVersions(in: generation)
        guard served.isEmpty else { return nil }
        let elsewhere = Generation.describe(known.generationsServing)
        return "\(gvk.kind) is not served by Gateway API \(generation.rawValue) (it exists in \(elsewhere)); \(replacement(for: generation))"
    }

    private func replacement(for generation: Generation) -> String {
        generation >= .v1_3
            ? "use XBackendTrafficPolicy (gateway.networking.x-k8s.io/v1alpha1)"
            : "use BackendLBPolicy (gateway.networking.k8s.io/v1alpha2)"
    }
}
