/// The objects of a run's files decoded and put together in file order, leaving out the files
/// that a kustomization names as patches (they are parts of objects, not objects).
///
/// Made once per run. ``LintContext`` makes it from the files when it is not given one; a
/// caller that keeps the files for the rest of the run makes it first and keeps the files
/// without what they decoded to (``LoadedFile/withoutDecoded()``), so that a fleet of files
/// does not hold a second, per-file copy of every list.
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
        let analysed = files.filter { $0.templateAction == nil }
        let parts = OrderedParallel.map(count: analysed.count, jobs: jobs) { range in
            range.map { index -> DecodedInputs in
                let file = analysed[index]
                if let decoded = file.decoded, let settings = file.decodedWith {
                    precondition(settings == decoder.settings, "\(file.path) was decoded for another generation or namespace")
                    return decoded
                }
                var decoded = DecodedInputs()
                for document in file.documents { decoder.decode(document, into: &decoded) }
                return decoded
            }
        }
        let patches = Dictionary((parts.flatMap(\.kustomizePatches) + named).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var decoded = DecodedInputs()
        var kustomizePatches: [(patch: KustomizePatch, location: SourceLocation)] = []
        for (file, part) in zip(analysed, parts) {
            if !patches.isEmpty, let patch = patches[PathText.normalized(file.path)] {
                let location = part.objects.first?.anchorLocation ?? part.nonObjects.first?.location ?? SourceLocation(file: file.path, line: 1, column: 1)
                kustomizePatches.append((patch, location))
                continue
            }
            decoded.append(part)
        }
        inputs = decoded
        self.kustomizePatches = kustomizePatches
        settings = decoder.settings
    }
}
