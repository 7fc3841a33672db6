import Glibc
import PolicyModel

/// Finds the kustomizations above files named on the command line. A pre-commit hook names
/// only the files a commit changes: a changed patch and the changed resource it patches would
/// be linted as one object defined twice if the kustomization that names the patch, unchanged
/// and so not named, were not read too. The kustomizations in the directory of each named file
/// and in the directories above it, up to the repository's root (the first with a `.git`) or
/// the current directory, are read; only their patches are taken from them, and nothing in
/// them is reported.
enum KustomizationLookup {
    /// The names kustomize looks for in a directory.
    static let fileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    /// The patches named by the kustomization files above `named` that are not among
    /// `inputs`, read with `reader`.
    static func patches(beside named: [String], inputs: [LoadedFile], reader: InputReader) -> [KustomizePatch] {
        var directories = Set<String>()
        for file in named {
            var directory = PathText.directory(of: file)
            // Up to the repository's root, the current directory (a relative path's first) or `/`.
            while directories.insert(directory).inserted {
                if directory.isEmpty || directory == "/" || access(PathText.join(directory, ".git"), F_OK) == 0 { break }
                directory = PathText.directory(of: directory)
            }
        }
        // The first name kustomize would take in each directory, when there is one.
        let found = directories.compactMap { directory in fileNames.lazy.map { PathText.join(directory, $0) }.first { access($0, R_OK) == 0 } }.sorted()
        guard !found.isEmpty else { return [] }
        // Those that are inputs already were read with them.
        let loaded = Set(inputs.map { PathText.normalized($0.path) })
        let (files, _) = reader.load(found.filter { !loaded.contains(PathText.normalized($0)) }, pipes: [])
        return files.flatMap { $0.decoded?.kustomizePatches ?? [] }
    }
}
