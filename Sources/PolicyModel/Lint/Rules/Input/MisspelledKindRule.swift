/// SPP011: a misspelled Gateway API kind or group.
public struct MisspelledKindRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP011", name: "misspelled-kind", defaultSeverity: .error, category: .input,
        summary: "a misspelled kind or API group (HttpRoute, HTTPRoutes, gateway.networking.k8.io): the API server refuses it",
        rationale: """
            Kinds and groups are case-sensitive and exact: `kind: HttpRoute` or \
            `apiVersion: gateway.networking.k8.io/v1` names no CRD, so the API server refuses the \
            manifest and nothing it configures reaches the cluster. A linter that skips unknown \
            kinds would pass it in silence; sppctl reports it with the kind it most likely means \
            and checks its contents as that kind.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: ↓HttpRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - backendRefs:
                    - {name: web, port: 80}
                """),
            RuleExample("""
                apiVersion: ↓gateway.networking.k8.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                """),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: TLSRoute
                metadata:
                  name: web
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// Reports each object whose kind or group is a misspelling of a known one.
    public func check(_ context: LintContext) -> [Finding] {
        context.envelopeSuspects.compactMap { object in
            guard case .misspelled(let kind, let group)? = object.apiProblem else { return nil }
            let gvk = object.gvk
            if gvk.group != group {
                let served = kind.servedVersions(in: context.generation)
                let version = served.contains(gvk.version) ? gvk.version : kind.defaultVersion(in: context.generation)
                let intended = GroupVersionKind(group: group, version: version, kind: kind.rawValue).apiVersion
                let message = "the API group \"\(gvk.group)\" has no kind \(gvk.kind): did you mean apiVersion: \(intended)"
                    + (gvk.kind == kind.rawValue ? "" : " and kind: \(kind.rawValue)")
                    + "? The API server refuses the manifest; its contents are checked as \(kind.rawValue)"
                return Finding(at: object.apiVersion?.location ?? object.anchorLocation, message, path: .apiVersion, object: object)
            }
            let message = "\(gvk.group.isEmpty ? "the core API group" : gvk.group) has no kind \"\(gvk.kind)\" (kinds are case-sensitive "
                + "and singular): did you mean \(kind.rawValue)? The API server refuses the manifest; its contents are checked as \(kind.rawValue)"
            return Finding(at: object.kind?.location ?? object.anchorLocation, message, path: .kind, object: object)
        }
    }
}
