/// Which object bodies ``YAMLLoader`` builds into nodes.
///
/// Linting a repository reads Gateway API objects and the Services they route to; the
/// Deployments, ConfigMaps and CRDs beside them only need their envelope (apiVersion, kind,
/// metadata) for the object-level checks. Skipping the rest saves most of the memory and time
/// of a large repository. Tools that read other kinds (the CRD cross-check, a baseline file)
/// keep everything.
public enum BodyPolicy: Sendable, Equatable {
    /// Every value of every document is built.
    case everything
    /// A top-level value other than apiVersion, kind and metadata, of a document whose kind
    /// sppctl does not analyse, becomes an empty scalar; duplicate keys inside it are still found.
    case analysedKindsOnly

    /// ``keepsBody(kind:apiVersion:)``, answered once per kind and apiVersion in `memo` (a
    /// loader's, shared by its builders and the inputs they elide).
    func keepsBody(kind: String, apiVersion: String?, rememberedIn memo: Memo<BodyKey, Bool>) -> Bool {
        memo.value(for: BodyKey(kind: kind, apiVersion: apiVersion)) { keepsBody(kind: kind, apiVersion: apiVersion) }
    }

    /// Whether the body of an object of `kind` (with `apiVersion`, when it came first) is built.
    public func keepsBody(kind: String, apiVersion: String?) -> Bool {
        switch self {
        case .everything:
            return true
        case .analysedKindsOnly:
            return Self.isAnalysed(kind: kind, apiVersion: apiVersion)
        }
    }

    /// Whether sppctl reads objects of `kind` beyond their envelope: known kinds, Lists (their
    /// items are objects), ListenerSets, kustomizations (their patches), and likely
    /// misspellings of a known kind (SPP011 reports those).
    static func isAnalysed(kind: String, apiVersion: String?) -> Bool {
        if kind.hasSuffix("List") || KnownKind(rawValue: kind) != nil || ListenerSetSpec.kinds.contains(kind) { return true }
        // A kustomization's patches are read (its apiVersion may come after its kind).
        if ToolConfiguration.isKustomization(group: apiVersion.map { GroupVersionKind(apiVersion: $0, kind: kind).group } ?? "kustomize.config.k8s.io",
                                             kind: kind) { return true }
        if let apiVersion { return KindSpelling.intended(group: GroupVersionKind(apiVersion: apiVersion, kind: kind).group, kind: kind) != nil }
        return KindSpelling.intended(group: APIGroup.gateway, kind: kind) != nil || KindSpelling.intended(group: APIGroup.core, kind: kind) != nil
    }
}
