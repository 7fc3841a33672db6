/// SPP012: a known kind at a version the selected generation does not serve.
public struct UnservedVersionRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP012", name: "unserved-version", defaultSeverity: .error, category: .input,
        summary: "a kind at a version the selected generation does not serve (HTTPRoute v1beta2, GRPCRoute v1alpha2 under v1.2+)",
        rationale: """
            Each release serves each kind at a few versions: GRPCRoute's v1alpha2 and \
            ReferenceGrant's v1alpha2 stopped being served in v1.2, and HTTPRoute never had a \
            v1beta2. The API server refuses a manifest at another version, so the object never \
            exists: a ReferenceGrant in such a version permits nothing, a route carries no \
            traffic. sppctl still checks its contents as the served version would be.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: ↓gateway.networking.k8s.io/v1beta2
                kind: HTTPRoute
                metadata:
                  name: web
                """),
            RuleExample("""
                apiVersion: ↓gateway.networking.k8s.io/v1alpha2
                kind: ReferenceGrant
                metadata:
                  name: web
                  namespace: billing
                spec:
                  from:
                  - {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}
                  to:
                  - {group: "", kind: Service}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: GRPCRoute
                metadata:
                  name: web
                """, generation: .v1_1),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1beta1
                kind: HTTPRoute
                metadata:
                  name: web
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// Reports each object at an unserved version.
    public func check(_ context: LintContext) -> [Finding] {
        context.envelopeSuspects.compactMap { object in
            guard case .unservedVersion(let served)? = object.apiProblem, let kind = object.knownKind else { return nil }
            let versions = served.map { GroupVersionKind(group: kind.group, version: $0, kind: kind.rawValue).apiVersion }
            let message = "\(kind.rawValue) \(object.gvk.apiVersion) is not served by Gateway API \(context.generation.rawValue): "
                + "the API server refuses it; use \(versions.joined(separator: " or ")) (its contents are checked as \(versions[0]))"
            return Finding(at: object.apiVersion?.location ?? object.anchorLocation, message, path: .apiVersion, object: object)
        }
    }
}
