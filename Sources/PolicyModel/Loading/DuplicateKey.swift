/// A key a YAML mapping repeats.
public struct DuplicateKey: Sendable {
    /// The key.
    public let key: String
    /// Where it is repeated.
    public let location: SourceLocation
    /// Where it is first set.
    public let first: SourceLocation
}
