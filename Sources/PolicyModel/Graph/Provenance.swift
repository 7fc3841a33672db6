/// Where an effective value comes from: the object and field that set it, or the default
/// or rule that supplied it.
public struct Provenance: Sendable, Hashable {
    /// The object that set the value, when one did.
    public let object: ObjectIdentity?
    /// The field path in that object.
    public let path: FieldPath?
    /// Where the value is written.
    public let location: SourceLocation?
    /// How the value was arrived at, in words ("set", "API default", "derived from the rule's match" …).
    public let note: String

    /// Creates a provenance.
    public init(object: ObjectIdentity?, path: FieldPath?, location: SourceLocation?, note: String) {
        self.object = object
        self.path = path
        self.location = location
        self.note = note
    }

    /// A value written in a manifest.
    public static func field<T>(_ located: Located<T>, of object: KubeObject, note: String = "set") -> Provenance {
        Provenance(object: object.identity, path: located.path, location: located.location, note: note)
    }

    /// A value no manifest wrote.
    public static func implied(_ note: String) -> Provenance {
        Provenance(object: nil, path: nil, location: nil, note: note)
    }
}
