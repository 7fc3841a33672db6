/// SPP003: a document lacks apiVersion, kind or metadata.name.
public struct NotAnObjectRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP003", name: "not-an-object", defaultSeverity: .warning, category: .input,
        summary: "a document lacks apiVersion, kind or metadata.name",
        rationale: """
            kubectl rejects a document without apiVersion, kind or a name. The GEP's own snippets \
            often leave out apiVersion: when the kind says unambiguously what is meant, sppctl \
            assumes the usual apiVersion and still analyses the object, but says so. A document \
            with an apiVersion but no kind is reported and not analysed. YAML that is not \
            Kubernetes at all (no apiVersion and no kind: Helm values, compose files) is left \
            alone, and so are files shaped like objects that configure a tool and are never \
            applied: a chart's Chart.yaml, kustomization.yaml, kubeconfig files, and the \
            configuration files of kubelet, kubeadm, kind, k3d or Skaffold.
            """,
        triggeringExamples: [
            RuleExample("""
                ↓kind: SessionPersistencePolicy
                metadata:
                  name: spp-split-route
                spec:
                  targetRef:
                    group: gateway.networking.k8s.io
                    kind: HTTPRoute
                    name: split-route
                  absoluteTimeoutSeconds: 3600
                """),
            RuleExample("""
                ↓apiVersion: apps/v1
                replicas: 3
                image: web:1.2
                """),
            RuleExample("""
                apiVersion: v1
                kind: Service
                ↓metadata:
                  labels: {app: web}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                """),
            RuleExample("""
                replicaCount: 2
                image:
                  repository: nginx
                """),
            RuleExample("""
                apiVersion: v2
                name: shop
                version: 1.4.0
                """),
            RuleExample("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                - route.yaml
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports non-objects and objects without apiVersion or name.
    public func check(_ context: LintContext) -> [Finding] {
        // YAML that is not Kubernetes at all (Helm values, compose files) is left alone.
        var findings = context.nonObjects.filter(\.looksLikeKubernetes).map { Finding(at: $0.location, $0.reason) }
        for object in context.envelopeSuspects {
            if object.apiVersion == nil {
                let kind = object.kind?.value ?? ""
                let message: String
                if let known = object.knownKind ?? KnownKind(rawValue: kind) {
                    message = "apiVersion is missing; analysed as \(known.group.isEmpty ? "" : known.group + "/")\(object.gvk.version) \(kind)"
                } else {
                    message = "apiVersion is missing and \(kind) is not a kind sppctl knows, so it is not analysed"
                }
                findings.append(Finding(at: object.location, message, path: .apiVersion, object: object))
            }
            if object.metadata.name == nil {
                let location = object.metadata.keyLocation ?? object.location
                findings.append(Finding(at: location, "metadata.name is missing: the object cannot be applied or referenced",
                                        path: .metadataName, object: object))
            }
        }
        return findings
    }
}
