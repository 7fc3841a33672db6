/// One input after loading: its name, its text, its documents (or what they decoded to) and
/// what went wrong. Immutable; a class, so that the lists of a fleet's many files hold one
/// reference per file instead of a copy of every field.
public final class LoadedFile: Sendable {
    /// The path as the user named it, or the `--stdin-filename` for standard input.
    public let path: String
    /// Where its text can be read again, for the lines a report quotes.
    public let source: SourceReference
    /// The documents that loaded completely, in order; empty when the loader decoded them
    /// as they finished (see ``decoded``).
    public let documents: [YAMLDocument]
    /// What the loader's decoder made of the documents, when the loader had one (and it was
    /// not taken away: see ``withoutDecoded()``): the objects and their schema violations, with
    /// no node tree kept.
    public var decoded: DecodedInputs? { decoding?.inputs }
    /// The settings of the decoder that made ``decoded`` (not the decoder itself: a fleet has
    /// many files, and the decoder's tables are large).
    public var decodedWith: ObjectDecoder.Settings? { decoding?.settings }
    /// Both, boxed: a fleet has many files, and a file that holds them inline is 80 bytes larger
    /// even once they are taken away.
    private let decoding: Decoding?

    private final class Decoding: Sendable {
        let inputs: DecodedInputs
        let settings: ObjectDecoder.Settings?

        init(inputs: DecodedInputs, settings: ObjectDecoder.Settings?) {
            self.inputs = inputs
            self.settings = settings
        }
    }
    /// What kept (part of) the file from loading.
    public let issues: [LoadIssue]
    /// The keys a mapping repeats, found while loading (in the order the mappings closed).
    public let duplicateKeys: [DuplicateKey]

    /// Where the first Go template action (`{{ … }}` on one line) is, when the file is an
    /// unrendered Helm template: then its YAML, if it parses at all, is not what the cluster
    /// would get, and sppctl does not analyse it. Found by the loader, which has the bytes.
    public let templateAction: SourceLocation?

    /// The chart templates that rendered its documents, when it is `helm template` output.
    public let helmSources: HelmSources

    /// Creates a loaded file.
    public init(path: String, source: SourceReference, documents: [YAMLDocument], issues: [LoadIssue], duplicateKeys: [DuplicateKey] = [],
                decoded: DecodedInputs? = nil, decodedWith: ObjectDecoder.Settings? = nil, templateAction: SourceLocation? = nil,
                helmSources: HelmSources = .none) {
        self.path = path
        self.source = source
        self.documents = documents
        decoding = decoded.map { Decoding(inputs: $0, settings: decodedWith) }
        self.issues = issues
        self.duplicateKeys = duplicateKeys
        self.templateAction = templateAction
        self.helmSources = helmSources
    }

    private init(_ file: LoadedFile, decoding: Decoding?, helmSources: HelmSources) {
        path = file.path
        source = file.source
        documents = file.documents
        self.decoding = decoding
        issues = file.issues
        duplicateKeys = file.duplicateKeys
        templateAction = file.templateAction
        self.helmSources = helmSources
    }

    /// The same file, with the templates that rendered it.
    func with(helmSources: HelmSources) -> LoadedFile {
        LoadedFile(self, decoding: decoding, helmSources: helmSources)
    }

    /// The same file without what the loader decoded of it, for a caller that took that into
    /// ``DecodedFiles`` and keeps the file for the rest of the run (its path, source and issues).
    public func withoutDecoded() -> LoadedFile {
        decoding == nil ? self : LoadedFile(self, decoding: nil, helmSources: helmSources)
    }
}
