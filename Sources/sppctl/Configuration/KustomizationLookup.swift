import Glibc
import PolicyModel

/// Finds the kustomizations beside files named on the command line. A pre-commit hook names
/// only the files a commit changes: a changed patch and the changed resource it patches would
/// be linted as one object defined twice if the kustomization that names the patch, unchanged
/// and so not named, were not read too. Only its patches are taken from it; nothing in it is
/// reported.
enum KustomizationLookup {
    /// The names kustomize looks for in a directory.
    static let fileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    /// The patches named by the kustomization files in the directories of `named` that are not
    /// among `inputs`, read with `reader`.
    static func patches(beside named: [String], inputs: [LoadedFile], reader: InputReader) -> [KustomizePatch] {
        let loaded = Set(inputs.map { PathText.normalized($0.path) })
        var directories: [String] = []
        for file in named where !directories.contains(PathText.directory(of: file)) {
            directories.append(PathText.directory(of: file))
        }
        var patches: [KustomizePatch] = []
        for directory in directories {
            // The first name kustomize would take, unless that file is an input already.
            guard let path = fileNames.lazy.map({ PathText.join(directory, $0) }).first(where: { access($0, R_OK) == 0 }),
                  !loaded.contains(PathText.normalized(path)) else { continue }
            let (files, _) = reader.load([path], pipes: [])
            patches += files.flatMap { $0.decoded?.kustomizePatches ?? [] }
        }
        return patches
    }
}
