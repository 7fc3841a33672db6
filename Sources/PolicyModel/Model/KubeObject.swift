/// One Kubernetes object found in the inputs: a document, or an item of a `kind: List`.
///
/// Immutable; a class so that the many findings and graph edges that refer to an object
/// share it instead of copying its spec. It keeps no node tree: the decoder reads what the
/// rules need and the schema check runs while the document's nodes are still there.
public final class KubeObject: Sendable {
    /// Where the object's mapping starts (in the file it came from).
    public var location: SourceLocation {
        // Made from a location, a start is never "no position".
        start.location(in: file)!
    }
    /// What `apiVersion` and `kind` stand for (shared with the other objects that write the same).
    public let envelope: ObjectEnvelope
    // The file once, and lines and columns in it: a fleet has many objects.
    private let file: Unmanaged<SourceFile>
    private let start: SourcePosition
    /// Where `apiVersion` and `kind` are written, when they are (their texts are the envelope's).
    private let apiVersionPosition: SourcePosition
    private let kindPosition: SourcePosition
    private var apiVersionLocation: SourceLocation? { apiVersionPosition.location(in: file) }
    private var kindLocation: SourceLocation? { kindPosition.location(in: file) }
    /// `metadata`.
    public let metadata: ObjectMeta
    /// The decoded spec.
    public let spec: ObjectSpec

    /// `apiVersion` as written.
    public var apiVersion: Located<String>? {
        apiVersionLocation.map { Located(envelope.apiVersion ?? "", at: $0, path: .apiVersion) }
    }
    /// `kind` as written (its text is ``gvk``'s kind; only where it is written is stored).
    public var kind: Located<String>? { kindLocation.map { Located(gvk.kind, at: $0, path: .kind) } }
    /// Group, version and kind; the version is inferred when `apiVersion` is missing.
    public var gvk: GroupVersionKind { envelope.gvk }
    /// The kind, when sppctl models it and the generation serves this version of it.
    public var knownKind: KnownKind? { envelope.knownKind }
    /// Why the API server would refuse the group, version or kind, when it would; the
    /// contents are then checked as ``knownKind``.
    public var apiProblem: APIProblem? { envelope.apiProblem }

    /// Creates an object whose `apiVersion` (the envelope's) is written at `apiVersionLocation`
    /// and whose `kind` at `kindLocation`, when they are written (in the object's file).
    public init(location: SourceLocation, envelope: ObjectEnvelope, apiVersionLocation: SourceLocation?, kindLocation: SourceLocation?,
                metadata: ObjectMeta, spec: ObjectSpec) {
        assert(location.sharesFile(with: apiVersionLocation) && location.sharesFile(with: kindLocation), "an object written in more than one file")
        file = location.fileReference
        start = SourcePosition(location)
        self.envelope = envelope
        apiVersionPosition = SourcePosition(envelope.apiVersion == nil ? nil : apiVersionLocation)
        kindPosition = SourcePosition(kindLocation)
        self.metadata = metadata
        self.spec = spec
    }

    /// True when the object's apiVersion, kind or name may be wrong: it lacks an apiVersion or a
    /// name, its apiVersion or kind is a known kind's at a version not served or a likely
    /// misspelling, or it is not modelled though named like a kind sppctl knows (or like the
    /// `BackendTrafficPolicy` of GEP texts). Every object the envelope rules (SPP003, SPP007,
    /// SPP011, SPP012) report is one of these.
    public var mayHaveEnvelopeProblem: Bool {
        apiVersionLocation == nil || metadata.name == nil || apiProblem != nil || envelope.isUnmodelledKnownName
    }

    /// The object's identity; `nil` without a name. Computed (from strings the object holds
    /// anyway) rather than stored: a fleet has many objects.
    public var identity: ObjectIdentity? {
        metadata.name.map { ObjectIdentity(group: gvk.group, kind: gvk.kind, namespace: metadata.effectiveNamespace, name: $0.value) }
    }

    /// `Kind namespace/name`, as findings name an object.
    public var label: String { "\(gvk.kind) \(metadata.effectiveNamespace)/\(metadata.name?.value ?? "")" }

    /// The location to point at for the object as a whole: its name, else its kind, else its start.
    public var anchorLocation: SourceLocation {
        metadata.name?.location ?? kind?.location ?? location
    }
}
