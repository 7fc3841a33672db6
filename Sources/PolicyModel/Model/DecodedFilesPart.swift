/// What a run of consecutive files decoded to, put together as each file is added, in file
/// order: one part per loader worker (``InputReader/loadDecoded(_:pipes:)``), so that no file
/// holds lists of its own until every file is loaded. ``DecodedFiles/init(parts:files:settings:kustomizePatches:)``
/// puts the parts together.
public struct DecodedFilesPart: Sendable {
    /// The objects, non-objects, violations and settings of the files added, in order.
    public private(set) var inputs = DecodedInputs()

    /// Nothing added.
    public init() {}

    /// Adds what `file` decoded to, or decodes its documents with `decoder` when its loader had
    /// no decoder; an unrendered Helm template adds nothing (SPP001 reports it).
    public mutating func add(_ file: LoadedFile, decoder: ObjectDecoder) {
        guard file.templateAction == nil else { return }
        if let decoded = file.decoded, let settings = file.decodedWith {
            precondition(settings == decoder.settings, "\(file.path) was decoded for another generation or namespace")
            inputs.append(decoded)
        } else {
            for document in file.documents { decoder.decode(document, into: &inputs) }
        }
    }

    /// Adds `file` (see ``add(_:decoder:)``) and returns it without what it decoded to.
    public mutating func take(_ file: LoadedFile, decoder: ObjectDecoder) -> LoadedFile {
        add(file, decoder: decoder)
        return file.withoutDecoded()
    }
}
