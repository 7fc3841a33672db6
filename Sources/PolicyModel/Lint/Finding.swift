/// What a rule reports: a message at a place, optionally about an object, with related places.
/// The engine turns findings into ``Diagnostic``s.
public struct Finding: Sendable {
    /// Where the finding points.
    public let location: SourceLocation
    /// The message: lower-case start where natural, no trailing period.
    public let message: String
    /// The field path inside the object, when the finding is about a field.
    public let path: FieldPath?
    /// The object the finding is about.
    public let object: KubeObject?
    /// Other places that explain the finding.
    public let related: [RelatedLocation]
    /// For a rule that refuses objects: false when this finding is advice the API server
    /// does not enforce.
    public let refuses: Bool

    /// Creates a finding.
    public init(at location: SourceLocation, _ message: String, path: FieldPath? = nil, object: KubeObject? = nil,
                related: [RelatedLocation] = [], refuses: Bool = true) {
        self.location = location
        self.message = message
        self.path = path
        self.object = object
        self.related = related
        self.refuses = refuses
    }
}
