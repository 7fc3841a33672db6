import PolicyModel

/// The kinds of export notice, each a documented rule (SPP601–SPP604).
public enum NoticeKind: String, Sendable, CaseIterable {
    /// SPP601: the target cannot express the setting at all (or cannot write it safely).
    case notExpressible = "SPP601"
    /// SPP602: the setting is approximated.
    case lossy = "SPP602"
    /// SPP603: the setting needs a newer target version than the one selected.
    case needsVersion = "SPP603"
    /// SPP604: the target offers hashing, not persistence.
    case weakAffinity = "SPP604"

    /// The rule's documentation.
    public var description: RuleDescription { NoticeCatalogue.description(of: self) }
}

/// One thing an export could not express as the manifests ask, at the source location of the
/// setting that was lost.
public struct ExportNotice: Sendable, Hashable {
    /// Which notice.
    public let kind: NoticeKind
    /// Its severity: the kind's default, or error for a value that cannot be written safely.
    public let severity: Severity
    /// What was lost and why.
    public let message: String
    /// Where the lost setting is written.
    public let location: SourceLocation
    /// The object that holds it.
    public let object: DiagnosticObject?

    /// The notice as a diagnostic, for the lint reporters, with `related` places.
    public func diagnostic(related: [RelatedLocation] = []) -> Diagnostic {
        Diagnostic(id: kind.rawValue, severity: severity, message: message, location: location, path: nil, object: object, related: related)
    }
}

/// Collects an export's notices, once each, in a stable order.
public struct NoticeCollector: Sendable {
    private var seen = Set<ExportNotice>()
    /// The notices, in the order they were first reported.
    public private(set) var notices: [ExportNotice] = []

    /// Creates an empty collector.
    public init() {}

    /// Reports a notice of `kind` (with its default severity, or `severity`).
    public mutating func report(_ kind: NoticeKind, _ message: String, at location: SourceLocation, object: KubeObject?,
                                severity: Severity? = nil) {
        let notice = ExportNotice(kind: kind, severity: severity ?? kind.description.defaultSeverity, message: message, location: location,
                                  object: object.map(DiagnosticObject.init))
        if seen.insert(notice).inserted { notices.append(notice) }
    }

    /// Reports `other`'s notices after this one's, as if they had been reported here.
    public mutating func merge(_ other: NoticeCollector) {
        for notice in other.notices {
            if seen.insert(notice).inserted { notices.append(notice) }
        }
    }

    /// The notices in report order (file, line, column, ID, message).
    public var sorted: [ExportNotice] {
        notices.sorted { $0.location != $1.location ? $0.location < $1.location
            : ($0.kind.rawValue, $0.message) < ($1.kind.rawValue, $1.message) }
    }

    /// True when a notice is an error (a value that cannot be written safely).
    public var hasErrors: Bool { notices.contains { $0.severity == .error } }
}
