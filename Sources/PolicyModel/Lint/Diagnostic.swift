/// One reported problem: a rule's finding with its severity, ready for every output format.
///
/// The fields live in one shared, immutable box, so copying a diagnostic (sorting, grouping,
/// filtering a hundred thousand of them) costs one reference count, not one per field.
public struct Diagnostic: Sendable, Hashable {
    private final class Storage: Sendable {
        let id: String
        let severity: Severity
        let message: String
        let location: SourceLocation
        let path: FieldPath?
        let object: DiagnosticObject?
        let related: [RelatedLocation]
        let suppression: String?

        init(id: String, severity: Severity, message: String, location: SourceLocation, path: FieldPath?,
             object: DiagnosticObject?, related: [RelatedLocation], suppression: String?) {
            self.id = id
            self.severity = severity
            self.message = message
            self.location = location
            self.path = path
            self.object = object
            self.related = related
            self.suppression = suppression
        }
    }

    private let storage: Storage

    /// The rule ID (`SPP101`).
    public var id: String { storage.id }
    /// The effective severity.
    public var severity: Severity { storage.severity }
    /// The message.
    public var message: String { storage.message }
    /// Where it points.
    public var location: SourceLocation { storage.location }
    /// The field path inside the object, when known.
    public var path: FieldPath? { storage.path }
    /// The object it is about, when known.
    public var object: DiagnosticObject? { storage.object }
    /// Related places.
    public var related: [RelatedLocation] { storage.related }
    /// When an `sppctl.io/ignore` annotation names this finding's rule on its object: the
    /// reason given there ("" for none). The finding is then suppressed, or reported marked
    /// as such under `--no-suppressions`.
    public var suppression: String? { storage.suppression }

    /// Creates a diagnostic.
    public init(id: String, severity: Severity, message: String, location: SourceLocation, path: FieldPath?,
                object: DiagnosticObject?, related: [RelatedLocation], suppression: String? = nil) {
        storage = Storage(id: id, severity: severity, message: message, location: location, path: path,
                          object: object, related: related, suppression: suppression)
    }

    /// The report order: file, line, column, then ID, then message.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        return lhs.message < rhs.message
    }

    /// Equal when every field is equal.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.storage === rhs.storage || (lhs.id == rhs.id && lhs.severity == rhs.severity && lhs.message == rhs.message
            && lhs.location == rhs.location && lhs.path == rhs.path && lhs.object == rhs.object
            && lhs.related == rhs.related && lhs.suppression == rhs.suppression)
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(severity)
        hasher.combine(message)
        hasher.combine(location)
        hasher.combine(path)
        hasher.combine(object)
        hasher.combine(related)
        hasher.combine(suppression)
    }
}
