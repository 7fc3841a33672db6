/// The parts of `metadata` sppctl reads.
public struct ObjectMeta: Sendable {
    /// `metadata.name` (or `generateName` when only that is set).
    public var name: Located<String>? {
        writtenName.map { Located($0.value, at: $0.location, path: nameIsGenerated ? .metadataGenerateName : .metadataName) }
    }
    /// `metadata.namespace` as written.
    public var namespace: Located<String>? { namespaceLocation.map { Located(effectiveNamespace, at: $0, path: .metadataNamespace) } }
    /// The namespace the object lands in: as written, or the default namespace (`--namespace`,
    /// else `default`) when it names none.
    public let effectiveNamespace: String
    // Kept without their field paths, which are the same for every object (a fleet has many).
    private let writtenName: Written?
    /// Where the namespace is written, when it is.
    private let namespaceLocation: SourceLocation?
    private let nameIsGenerated: Bool

    /// A text and where it is written.
    private struct Written {
        let value: String
        let location: SourceLocation

        init(_ located: Located<String>) {
            value = located.value
            location = located.location
        }
    }
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
    /// Where the `metadata` key is written, when it is.
    public let keyLocation: SourceLocation?

    /// Creates metadata. The name's path says whether it is `metadata.name` or
    /// `metadata.generateName`; the paths themselves are not kept.
    public init(name: Located<String>?, namespace: Located<String>?, creationTimestamp: Located<String>?,
                annotations: [String: Located<String>], defaultNamespace: String = "default",
                keyLocation: SourceLocation? = nil) {
        writtenName = name.map(Written.init)
        nameIsGenerated = name?.path == .metadataGenerateName
        effectiveNamespace = namespace?.value ?? defaultNamespace
        namespaceLocation = namespace?.location
        timestamp = creationTimestamp.map(TimestampBox.init)
        self.annotations = annotations
        self.keyLocation = keyLocation
    }

    /// The prefix of the annotation keys sppctl reads (`sppctl.io/ignore`).
    public static let readAnnotationPrefix = "sppctl.io/"
}
