/// The objects of a run's files decoded and put together in file order, leaving out the files
/// that a kustomization names as patches (they are parts of objects, not objects).
///
/// Made once per run. ``LintContext`` makes it from the files when it is not given one; a
/// caller that keeps the files for the rest of the run has the reader put together what they
/// decoded to as they load (``InputReader/loadDecoded(_:pipes:)``), one part per worker, and
/// makes it from the parts: the files are kept without it (``LoadedFile/withoutDecoded()``),
/// and a fleet of files never holds a list of its own per file.
public struct DecodedFiles: Sendable {
    /// The objects, non-objects, violations and settings of every analysed file, in file order.
    public let inputs: DecodedInputs
    /// The files named as patches, each with where its first object is, in file order.
    public let kustomizePatches: [(patch: KustomizePatch, location: SourceLocation)]
    /// The decoder settings the inputs were decoded with.
    public let settings: ObjectDecoder.Settings

    /// Decodes (or takes what the loader decoded of) `files` with `decoder`, on up to `jobs`
    /// workers; unrendered Helm templates are left out (SPP001 reports them), and so are the
    /// files that a kustomization among them, or in `named`, names as patches.
    public init(files: [LoadedFile], decoder: ObjectDecoder, jobs: Int = 1, kustomizePatches named: [KustomizePatch] = []) {
        let parts = OrderedParallel.map(count: files.count, jobs: jobs) { range in
            var part = DecodedFilesPart()
            for index in range { part.add(files[index], decoder: decoder) }
            return [part]
        }
        self.init(parts: parts, files: files, settings: decoder.settings, kustomizePatches: named)
    }

    /// Puts together `parts`, which hold what `files` decoded to, in order, with `settings`,
    /// leaving out the files that a kustomization among them, or in `named`, names as patches.
    public init(parts: [DecodedFilesPart], files: [LoadedFile], settings: ObjectDecoder.Settings, kustomizePatches named: [KustomizePatch] = []) {
        var decoded = DecodedInputs()
        for part in parts { decoded.append(part.inputs) }
        self.settings = settings
        let patches = Dictionary((decoded.kustomizePatches + named).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        // The files named as patches, by their paths as named (what locations hold); there are
        // rarely any, and then what was found in them is taken out of what was put together.
        var patchFiles: [(path: String, patch: KustomizePatch)] = []
        if !patches.isEmpty {
            var seen = Set<String>()
            for file in files where file.templateAction == nil {
                if let patch = patches[PathText.normalized(file.path)], seen.insert(file.path).inserted { patchFiles.append((file.path, patch)) }
            }
        }
        guard !patchFiles.isEmpty else {
            inputs = decoded
            kustomizePatches = []
            return
        }
        kustomizePatches = patchFiles.map { path, patch in
            let location = decoded.objects.first { $0.location.file == path }?.anchorLocation
                ?? decoded.nonObjects.first { $0.location.file == path }?.location ?? SourceLocation(file: path, line: 1, column: 1)
            return (patch, location)
        }
        inputs = decoded.removing(files: Set(patchFiles.map(\.path)))
    }
}
