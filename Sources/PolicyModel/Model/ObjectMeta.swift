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
    /// `metadata.creationTimestamp`, as written (RFC 3339).
    public var creationTimestamp: Located<String>? { rare?.timestamp }
    /// The annotations sppctl reads: those whose key starts with ``ObjectMeta/readAnnotationPrefix``
    /// (others are not kept: a fleet's objects carry many).
    public var annotations: [String: Located<String>] { rare?.annotations ?? [:] }
    /// Where the `metadata` key is written, when it is.
    public var keyLocation: SourceLocation? { keyPosition.location(in: file) }
    private var nameIsGenerated: Bool { rare?.nameIsGenerated ?? false }
    /// What most objects lack (a generated name, a timestamp sppctl reads, sppctl's
    /// annotations), boxed: held in place it took 17 bytes of every object.
    private let rare: Rare?

    private final class Rare: Sendable {
        let nameIsGenerated: Bool
        let timestamp: Located<String>?
        let annotations: [String: Located<String>]

        init(nameIsGenerated: Bool, timestamp: Located<String>?, annotations: [String: Located<String>]) {
            self.nameIsGenerated = nameIsGenerated
            self.timestamp = timestamp
            self.annotations = annotations
        }
    }

    /// Creates metadata whose name, namespace and `metadata` key are written in one file. The
    /// name's path says whether it is `metadata.name` or `metadata.generateName`; the paths
    /// themselves are not kept.
    public init(name: Located<String>?, namespace: Located<String>?, creationTimestamp: Located<String>?,
                annotations: [String: Located<String>], defaultNamespace: String = "default",
                keyLocation: SourceLocation? = nil) {
        self.init(name: name.map { ($0.value, $0.location) }, nameIsGenerated: name?.path == .metadataGenerateName,
                  namespace: namespace.map { ($0.value, $0.location) }, creationTimestamp: creationTimestamp, annotations: annotations,
                  defaultNamespace: defaultNamespace, keyLocation: keyLocation)
    }

    /// The metadata from the name and namespace as written, and where (the decoder's way: no
    /// field path is made for what every object has).
    init(name: (value: String, location: SourceLocation)?, nameIsGenerated: Bool, namespace: (value: String, location: SourceLocation)?,
         creationTimestamp: Located<String>?, annotations: [String: Located<String>], defaultNamespace: String, keyLocation: SourceLocation?) {
        let first = name?.location ?? namespace?.location ?? keyLocation
        assert(first.map { $0.sharesFile(with: name?.location) && $0.sharesFile(with: namespace?.location) && $0.sharesFile(with: keyLocation) }
                     ?? true, "metadata written in more than one file")
        file = first?.fileReference
        writtenName = name?.value
        namePosition = SourcePosition(name?.location)
        effectiveNamespace = namespace?.value ?? defaultNamespace
        namespacePosition = SourcePosition(namespace?.location)
        keyPosition = SourcePosition(keyLocation)
        let nameIsGenerated = name != nil && nameIsGenerated
        rare = nameIsGenerated || creationTimestamp != nil || !annotations.isEmpty
            ? Rare(nameIsGenerated: nameIsGenerated, timestamp: creationTimestamp, annotations: annotations) : nil
    }

    /// The prefix of the annotation keys sppctl reads (`sppctl.io/ignore`).
    public static let readAnnotationPrefix = "sppctl.io/"
}
