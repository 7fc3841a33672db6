/// The apiVersions, groups and kinds that a fleet repeats on thousands of objects, as string
/// literals. A literal's storage is static: objects that use it instead of the text the
/// loader read share it at no cost in memory or reference counting (strings of more than 15
/// bytes otherwise take a heap allocation each).
enum EnvelopeStrings {
    /// The literal equal to `text`, when it is one of the envelope strings; else `text`.
    static func canonical(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        switch text {
        case "discovery.k8s.io/v1": return "discovery.k8s.io/v1"
        case "discovery.k8s.io": return "discovery.k8s.io"
        case "gateway.networking.k8s.io/v1": return "gateway.networking.k8s.io/v1"
        case "gateway.networking.k8s.io/v1beta1": return "gateway.networking.k8s.io/v1beta1"
        case "gateway.networking.k8s.io/v1alpha2": return "gateway.networking.k8s.io/v1alpha2"
        case "gateway.networking.k8s.io": return "gateway.networking.k8s.io"
        case "gateway.networking.x-k8s.io/v1alpha1": return "gateway.networking.x-k8s.io/v1alpha1"
        case "gateway.networking.x-k8s.io": return "gateway.networking.x-k8s.io"
        case "networking.k8s.io/v1": return "networking.k8s.io/v1"
        case "networking.k8s.io": return "networking.k8s.io"
        case "rbac.authorization.k8s.io/v1": return "rbac.authorization.k8s.io/v1"
        case "rbac.authorization.k8s.io": return "rbac.authorization.k8s.io"
        case "apiextensions.k8s.io/v1": return "apiextensions.k8s.io/v1"
        case "apiextensions.k8s.io": return "apiextensions.k8s.io"
        case "XBackendTrafficPolicy": return "XBackendTrafficPolicy"
        case "HorizontalPodAutoscaler": return "HorizontalPodAutoscaler"
        case "PodDisruptionBudget": return "PodDisruptionBudget"
        case "ClusterRoleBinding": return "ClusterRoleBinding"
        case "CustomResourceDefinition": return "CustomResourceDefinition"
        case "SessionPersistencePolicy": return "SessionPersistencePolicy"
        default: return text
        }
    }
}
