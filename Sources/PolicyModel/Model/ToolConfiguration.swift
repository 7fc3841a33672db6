/// Files written in the shape of a Kubernetes object (an `apiVersion` and a `kind`) that
/// configure a tool and are never sent to an API server: kustomize's `kustomization.yaml`,
/// kubeconfig files, the configuration files of Kubernetes' own components (kubelet,
/// kube-scheduler, kube-proxy, kubeadm, audit policies) and those of kind, k3d and Skaffold.
/// They have no `metadata.name` and no API server serves their kinds: sppctl leaves them
/// alone, as it leaves Helm values alone, and a Helm chart's `Chart.yaml` (an `apiVersion`
/// but no `kind`). Served look-alikes (Flux's
/// `kustomize.toolkit.fluxcd.io` Kustomization) are objects like any other.
public enum ToolConfiguration {
    /// The groups that hold only such files (besides every `*.config.k8s.io`, the convention
    /// of Kubernetes' component configuration, kustomize's included), with their tool.
    private static let groups: [String: String] = [
        "kubeadm.k8s.io": "kubeadm", "audit.k8s.io": "the API server's audit policy", "kind.x-k8s.io": "kind",
        "k3d.io": "k3d", "skaffold": "Skaffold",
    ]

    /// The tool that a document of `group` and `kind` configures, when it is such a file.
    public static func tool(group: String, kind: String) -> String? {
        if isKustomization(group: group, kind: kind) { return "kustomize" }
        if group.hasSuffix(".config.k8s.io") { return String(group.dropLast(".config.k8s.io".count)) }
        // A kubeconfig file: `apiVersion: v1`, `kind: Config` (no such kind is served).
        if group.isEmpty && kind == "Config" { return "kubectl" }
        return groups[group]
    }

    /// True for a Helm chart's `Chart.yaml`: `apiVersion` v1 or v2 with a top-level `name` and
    /// `version` (what Helm requires), and no `kind` and no `metadata`.
    static func isHelmChart(_ root: Node) -> Bool {
        guard let apiVersion = root["apiVersion"]?.scalarText, apiVersion == "v1" || apiVersion == "v2" else { return false }
        return root["name"] != nil && root["version"] != nil && root["kind"] == nil && root["metadata"] == nil
    }

    /// True for kustomize's `Kustomization` and `Component`, whose patches sppctl reads (see
    /// ``KustomizePatch``).
    public static func isKustomization(group: String, kind: String) -> Bool {
        group == "kustomize.config.k8s.io" && (kind == "Kustomization" || kind == "Component")
    }
}
