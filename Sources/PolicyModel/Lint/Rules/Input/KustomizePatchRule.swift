/// SPP015: a file that a kustomization in the inputs names as a patch.
public struct KustomizePatchRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP015", name: "kustomize-patch", defaultSeverity: .info, category: .input,
        summary: "a file is a kustomize patch: lint what kustomize builds",
        rationale: """
            A patch that a kustomization names (under patches, patchesStrategicMerge or \
            patchesJson6902) is part of an object: kustomize merges it into the resource it \
            targets. Read as an object of its own, it would be the resource defined twice, or an \
            object missing what the resource has. sppctl does not analyse such a file; it says \
            once per file which kustomization names it and how to lint what kustomize builds: \
            `kustomize build DIR | sppctl lint -`. The kustomizations are those among the inputs \
            and, for a file named on the command line (a pre-commit hook names the changed files \
            only), those in its directory and the directories above it, up to the repository's \
            root. The kustomization itself, like kubeconfig \
            files and the configuration files of Kubernetes' own components, is not an object \
            and is left alone.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: ↓shop
                spec:
                  rules:
                  - sessionPersistence:
                      sessionName: shop
                      absoluteTimeout: 8h
                """, beside: .init("kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                - ../base
                patches:
                - path: example.yaml
                """)),
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
                    - name: shop
                      port: 80
                """, beside: .init("kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                - example.yaml
                """)),
        ])

    /// Creates the rule.
    public init() {}

    /// One finding per patch file, at its first object (or its start).
    public func check(_ context: LintContext) -> [Finding] {
        context.kustomizePatches.map { patch in
            let directory = PathText.directory(of: patch.patch.kustomization)
            return Finding(at: patch.location, "this is a kustomize patch (\(patch.patch.kustomization) names it), which sppctl does not analyse "
                + "on its own; lint what kustomize builds: kustomize build \(directory.isEmpty ? "." : directory) | sppctl lint -")
        }
    }
}
