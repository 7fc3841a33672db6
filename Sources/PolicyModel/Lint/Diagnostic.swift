/// One reported problem: a rule's finding with its severity, ready for every output format.
public struct Diagnostic: Sendable, Hashable {
    /// The rule ID (`SPP101`).
    public let id: String
    /// The effective severity.
    public let severity: Severity
    /// The message.
    public let message: String
    /// Where it points.
    public let location: SourceLocation
    /// The field path inside the object, when known.
    public let path: FieldPath?
    /// The object it is about, when known.
    public let object: DiagnosticObject?
    /// Related places.
    public let related: [RelatedLocation]
    /// When an `sppctl.io/ignore` annotation names this finding's rule on its object: the
    /// reason given there ("" for none). The finding is then suppressed, or reported marked
    /// as such under `--no-suppressions`.
    public let suppression: String?

    /// Creates a diagnostic.
    public init(id: String, severity: Severity, message: String, location: SourceLocation, path: FieldPath?,
                object: DiagnosticObject?, related: [RelatedLocation], suppression: String? = nil) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.path = path
        self.object = object
        self.related = related
        self.suppression = suppression
    }

    /// The report order: file, line, column, then ID, then message.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        return lhs.message < rhs.message
    }
}
