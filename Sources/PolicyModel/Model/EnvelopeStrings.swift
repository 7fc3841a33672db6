/// The apiVersions, groups and kinds that a fleet repeats on thousands of objects, as string
/// literals. A literal's storage is static: objects that use it instead of the text the
/// loader read share it at no cost in memory or reference counting (strings of more than 15
/// bytes otherwise take a heap allocation each).
enum EnvelopeStrings {
    /// The literal equal to `text`, when it is one of the envelope strings; else `text`.
    static func canonical(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        return literals[text] ?? text
    }

    /// Each literal by its text (a lookup hashes the text once; a `switch` over strings
    /// compares it with every case in turn).
    private static let literals: [String: String] = Dictionary(uniqueKeysWithValues: [
        "discovery.k8s.io/v1",
        "discovery.k8s.io",
        "gateway.networking.k8s.io/v1",
        "gateway.networking.k8s.io/v1beta1",
        "gateway.networking.k8s.io/v1alpha2",
        "gateway.networking.k8s.io",
        "gateway.networking.x-k8s.io/v1alpha1",
        "gateway.networking.x-k8s.io",
        "networking.k8s.io/v1",
        "networking.k8s.io",
        "rbac.authorization.k8s.io/v1",
        "rbac.authorization.k8s.io",
        "apiextensions.k8s.io/v1",
        "apiextensions.k8s.io",
        "XBackendTrafficPolicy",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "ClusterRoleBinding",
        "CustomResourceDefinition",
        "SessionPersistencePolicy",
    ].map { ($0, $0) })
}
