/// A document that is not a Kubernetes object: no `kind`, or not a mapping at all.
public struct NonObjectDocument: Sendable {
    /// Where the document (or its root node) starts.
    public let location: SourceLocation
    /// What it lacks, for the message.
    public let reason: String
    /// True when it looks like a Kubernetes object that lost part of its envelope (it has
    /// an `apiVersion`, or is an item of a List); false for YAML that is something else
    /// altogether (Helm values, compose files), which sppctl leaves alone.
    public var looksLikeKubernetes: Bool = true
}
