/// A document that is not a Kubernetes object: no `kind`, or not a mapping at all.
public struct NonObjectDocument: Sendable {
    /// Where the document (or its root node) starts.
    public let location: SourceLocation
    /// What it lacks, for the message.
    public let reason: String
}
