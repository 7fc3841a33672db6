/// One input after loading: its name, its text, its documents and what went wrong.
public struct LoadedFile: Sendable {
    /// The path as the user named it, or the `--stdin-filename` for standard input.
    public let path: String
    /// The raw text, kept for source excerpts in reports.
    public let source: SourceText
    /// The documents that loaded completely, in order.
    public let documents: [YAMLDocument]
    /// What kept (part of) the file from loading.
    public let issues: [LoadIssue]

    /// Creates a loaded file.
    public init(path: String, source: SourceText, documents: [YAMLDocument], issues: [LoadIssue]) {
        self.path = path
        self.source = source
        self.documents = documents
        self.issues = issues
    }
}
