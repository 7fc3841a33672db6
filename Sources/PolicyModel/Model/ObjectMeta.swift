/// The parts of `metadata` sppctl reads.
public struct ObjectMeta: Sendable {
    /// `metadata.name` (or `generateName` when only that is set).
    public let name: Located<String>?
    /// `metadata.namespace` as written.
    public let namespace: Located<String>?
    /// `metadata.creationTimestamp`, as written (RFC 3339). Boxed: most objects have none,
    /// and those that have one keep 8 bytes in place instead of a whole located string.
    public var creationTimestamp: Located<String>? { timestamp?.value }
    private let timestamp: TimestampBox?

    private final class TimestampBox: Sendable {
        let value: Located<String>

        init(_ value: Located<String>) {
            self.value = value
        }
    }
    /// The annotations sppctl reads: those whose key starts with ``ObjectMeta/readAnnotationPrefix``
    /// (others are not kept: a fleet's objects carry many).
    public let annotations: [String: Located<String>]
    /// The namespace the object lands in when it names none (`--namespace`, else `default`).
    public let defaultNamespace: String
    /// Where the `metadata` key is written, when it is.
    public let keyLocation: SourceLocation?

    /// Creates metadata.
    public init(name: Located<String>?, namespace: Located<String>?, creationTimestamp: Located<String>?,
                annotations: [String: Located<String>], defaultNamespace: String = "default",
                keyLocation: SourceLocation? = nil) {
        self.name = name
        self.namespace = namespace
        timestamp = creationTimestamp.map(TimestampBox.init)
        self.annotations = annotations
        self.defaultNamespace = defaultNamespace
        self.keyLocation = keyLocation
    }

    /// The prefix of the annotation keys sppctl reads (`sppctl.io/ignore`).
    public static let readAnnotationPrefix = "sppctl.io/"

    /// The namespace the object lands in: as written, or the default namespace.
    public var effectiveNamespace: String { namespace?.value ?? defaultNamespace }
}
