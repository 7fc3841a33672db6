/// Where an effective value comes from: the object and field that set it, or the default
/// or rule that supplied it.
public struct Provenance: Sendable, Hashable {
    /// The object that set the value, when one did (and has a name).
    public var object: ObjectIdentity? { source?.identity }
    /// That object: kept instead of its identity (four strings), which only output reads.
    private let source: KubeObject?
    /// The field path in that object.
    public let path: FieldPath?
    /// Where the value is written.
    public let location: SourceLocation?
    /// How the value was arrived at, in words ("set", "API default", "derived from the rule's match" …).
    public let note: String

    /// Creates a provenance.
    public init(object: KubeObject?, path: FieldPath?, location: SourceLocation?, note: String) {
        source = object
        self.path = path
        self.location = location
        self.note = note
    }

    /// A value written in a manifest.
    public static func field<T>(_ located: Located<T>, of object: KubeObject, note: String = "set") -> Provenance {
        Provenance(object: object, path: located.path, location: located.location, note: note)
    }

    /// A value no manifest wrote.
    public static func implied(_ note: String) -> Provenance {
        Provenance(object: nil, path: nil, location: nil, note: note)
    }

    /// Equal when they name the same object (by identity), field, place and note.
    public static func == (left: Provenance, right: Provenance) -> Bool {
        left.object == right.object && left.path == right.path && left.location == right.location && left.note == right.note
    }

    /// Hashes what ``==(_:_:)`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(object)
        hasher.combine(path)
        hasher.combine(location)
        hasher.combine(note)
    }
}
