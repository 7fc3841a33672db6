/// The parts of `metadata` sppctl reads.
public struct ObjectMeta: Sendable {
    /// `metadata.name` (or `generateName` when only that is set).
    public var name: Located<String>? {
        guard let writtenName, let location = namePosition.location(in: file) else { return nil }
        return Located(writtenName, at: location, path: nameIsGenerated ? .metadataGenerateName : .metadataName)
    }
    /// `metadata.namespace` as written.
    public var namespace: Located<String>? {
        namespacePosition.location(in: file).map { Located(effectiveNamespace, at: $0, path: .metadataNamespace) }
    }
    /// The namespace the object lands in: as written, or the default namespace (`--namespace`,
    /// else `default`) when it names none.
    public let effectiveNamespace: String
    // Kept without their field paths, which are the same for every object, and with their
    // file once (a fleet has many objects).
    private let writtenName: String?
    /// The file the name, the namespace and the `metadata` key are written in, when any is.
    private let file: Unmanaged<SourceFile>?
    private let namePosition: SourcePosition
    private let namespacePosition: SourcePosition
    private let keyPosition: SourcePosition
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
    public var keyLocation: SourceLocation? { keyPosition.location(in: file) }
    private let nameIsGenerated: Bool

    /// Creates metadata whose name, namespace and `metadata` key are written in one file. The
    /// name's path says whether it is `metadata.name` or `metadata.generateName`; the paths
    /// themselves are not kept.
    public init(name: Located<String>?, namespace: Located<String>?, creationTimestamp: Located<String>?,
                annotations: [String: Located<String>], defaultNamespace: String = "default",
                keyLocation: SourceLocation? = nil) {
        let first = name?.location ?? namespace?.location ?? keyLocation
        assert(first.map { $0.sharesFile(with: name?.location) && $0.sharesFile(with: namespace?.location) && $0.sharesFile(with: keyLocation) }
                     ?? true, "metadata written in more than one file")
        file = first?.fileReference
        writtenName = name?.value
        namePosition = SourcePosition(name?.location)
        nameIsGenerated = name?.path == .metadataGenerateName
        effectiveNamespace = namespace?.value ?? defaultNamespace
        namespacePosition = SourcePosition(namespace?.location)
        keyPosition = SourcePosition(keyLocation)
        timestamp = creationTimestamp.map(TimestampBox.init)
        self.annotations = annotations
    }

    /// The prefix of the annotation keys sppctl reads (`sppctl.io/ignore`).
    public static let readAnnotationPrefix = "sppctl.io/"
}
