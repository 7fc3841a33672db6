/// One document of a YAML stream (a JSON file is one document).
public struct YAMLDocument: Sendable {
    /// The 0-based position of the document in its file.
    public let index: Int
    /// The root node; `nil` for an empty document.
    public let root: Node?
    /// Where the document starts.
    public let location: SourceLocation

    /// Creates a document.
    public init(index: Int, root: Node?, location: SourceLocation) {
        self.index = index
        self.root = root
        self.location = location
    }
}
