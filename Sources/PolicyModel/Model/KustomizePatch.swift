/// A file that a kustomization in the inputs names as a patch (under `patches`,
/// `patchesStrategicMerge` or `patchesJson6902`). A patch is part of an object, merged into
/// the resource it targets when kustomize builds: linted on its own it would be an object
/// defined twice (the resource and its patch) or missing what the resource has. sppctl does
/// not analyse it, and says how to lint what kustomize builds.
public struct KustomizePatch: Sendable, Equatable {
    /// The patch file's path, as the kustomization names it, joined to the kustomization's
    /// directory and normalised (see ``PathText/normalized(_:)``).
    public let path: String
    /// The kustomization file that names it.
    public let kustomization: String

    /// Creates a patch named by `entry` in the kustomization file at `kustomization`.
    public init(entry: String, kustomization: String) {
        path = PathText.normalized(PathText.join(PathText.directory(of: kustomization), entry))
        self.kustomization = kustomization
    }
}
