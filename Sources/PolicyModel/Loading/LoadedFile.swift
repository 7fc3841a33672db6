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
    public var documents: [YAMLDocument] { contents?.documents ?? [] }
    /// What the loader's decoder made of the documents, when the loader had one (and it was
    /// not taken away: see ``withoutDecoded()``): the objects and their schema violations, with
    /// no node tree kept.
    public var decoded: DecodedInputs? { contents?.decoded }
    /// The settings of the decoder that made ``decoded`` (not the decoder itself: a fleet has
    /// many files, and the decoder's tables are large).
    public var decodedWith: ObjectDecoder.Settings? { contents?.decodedWith }
    /// What kept (part of) the file from loading.
    public var issues: [LoadIssue] { contents?.issues ?? [] }
    /// The keys a mapping repeats, found while loading (in the order the mappings closed).
    public var duplicateKeys: [DuplicateKey] { contents?.duplicateKeys ?? [] }

    /// Where the first Go template action (`{{ … }}` on one line) is, when the file is an
    /// unrendered Helm template: then its YAML, if it parses at all, is not what the cluster
    /// would get, and sppctl does not analyse it. Found by the loader, which has the bytes.
    public var templateAction: SourceLocation? { contents?.templateAction }

    /// The chart templates that rendered its documents, when it is `helm template` output.
    public var helmSources: HelmSources { contents?.helmSources ?? .none }

    /// Everything but the path and source, boxed, and `nil` when it is all empty: once a
    /// fleet's files are kept without what they decoded to (``withoutDecoded()``), nearly
    /// every one has nothing else, and held in place it took 136 bytes of every file.
    private let contents: Contents?

    private final class Contents: Sendable {
        let documents: [YAMLDocument]
        let decoded: DecodedInputs?
        let decodedWith: ObjectDecoder.Settings?
        let issues: [LoadIssue]
        let duplicateKeys: [DuplicateKey]
        let templateAction: SourceLocation?
        let helmSources: HelmSources

        init?(documents: [YAMLDocument], decoded: DecodedInputs?, decodedWith: ObjectDecoder.Settings?, issues: [LoadIssue],
              duplicateKeys: [DuplicateKey], templateAction: SourceLocation?, helmSources: HelmSources) {
            guard !documents.isEmpty || decoded != nil || decodedWith != nil || !issues.isEmpty || !duplicateKeys.isEmpty
                    || templateAction != nil || !helmSources.entries.isEmpty else { return nil }
            self.documents = documents
            self.decoded = decoded
            self.decodedWith = decodedWith
            self.issues = issues
            self.duplicateKeys = duplicateKeys
            self.templateAction = templateAction
            self.helmSources = helmSources
        }
    }

    /// Creates a loaded file.
    public init(path: String, source: SourceReference, documents: [YAMLDocument], issues: [LoadIssue], duplicateKeys: [DuplicateKey] = [],
                decoded: DecodedInputs? = nil, decodedWith: ObjectDecoder.Settings? = nil, templateAction: SourceLocation? = nil,
                helmSources: HelmSources = .none) {
        self.path = path
        self.source = source
        contents = Contents(documents: documents, decoded: decoded, decodedWith: decodedWith, issues: issues, duplicateKeys: duplicateKeys,
                            templateAction: templateAction, helmSources: helmSources)
    }

    /// The same file, with the templates that rendered it.
    func with(helmSources: HelmSources) -> LoadedFile {
        LoadedFile(path: path, source: source, documents: documents, issues: issues, duplicateKeys: duplicateKeys, decoded: decoded,
                   decodedWith: decodedWith, templateAction: templateAction, helmSources: helmSources)
    }

    /// The same file without what the loader decoded of it, for a caller that took that into
    /// ``DecodedFiles`` and keeps the file for the rest of the run (its path, source and issues).
    public func withoutDecoded() -> LoadedFile {
        guard decoded != nil || decodedWith != nil else { return self }
        return LoadedFile(path: path, source: source, documents: documents, issues: issues, duplicateKeys: duplicateKeys,
                          templateAction: templateAction, helmSources: helmSources)
    }
}
