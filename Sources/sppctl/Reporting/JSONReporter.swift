import PolicyModel

/// Renders a lint report as one JSON object:
/// `{"version": 1, "diagnostics": [...], "summary": {...}}`.
struct JSONReporter: Sendable {
    /// The format version.
    static let version: Int64 = 1
    /// Rule names by ID, built once.
    static let ruleNames = Dictionary(uniqueKeysWithValues: RuleCatalogue.descriptions.map { ($0.id, $0.name) })

    /// The whole report.
    func render(_ report: LintReport, generation: Generation, baselineGone: Int? = nil) -> String {
        stream(report, generation: generation, baselineGone: baselineGone).value().rendered()
    }

    /// The whole report as a stream: each diagnostic is made as it is written.
    func stream(_ report: LintReport, generation: Generation, baselineGone: Int? = nil, jobs: Int = 1) -> JSONObjectStream {
        var summary: [(String, JSONValue)] = [
            ("errors", .int(Int64(report.count(.error)))),
            ("warnings", .int(Int64(report.count(.warning)))),
            ("infos", .int(Int64(report.count(.info)))),
            ("suppressed", .int(Int64(report.suppressed.count))),
            ("files", .int(Int64(report.fileCount))),
            ("objects", .int(Int64(report.objectCount))),
        ]
        if let baselineGone { summary.append(("baselineGone", .int(Int64(baselineGone)))) }
        let diagnostics = report.diagnostics
        let suppressed = report.suppressed
        return JSONObjectStream([
            ("version", .value(.int(Self.version))),
            ("gatewayAPI", .value(.string(generation.rawValue))),
            ("diagnostics", .array(count: diagnostics.count) { Self.diagnostic(diagnostics[$0]) }),
            // What sppctl.io/ignore or .sppctl.yaml silenced, with the reasons given.
            ("suppressed", .array(count: suppressed.count) { Self.diagnostic(suppressed[$0]) }),
            ("summary", .value(.object(summary))),
        ], jobs: jobs)
    }

    /// One diagnostic.
    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(diagnostic.id)),
            ("name", .optional(ruleNames[diagnostic.id])),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("file", .string(diagnostic.location.file)),
            ("line", .int(Int64(diagnostic.location.line))),
            ("column", .int(Int64(diagnostic.location.column))),
            ("path", .optional(diagnostic.path?.description)),
            ("object", diagnostic.object.map { object in
                .object([
                    ("apiVersion", .string(object.apiVersion)),
                    ("kind", .string(object.kind)),
                    ("namespace", .string(object.namespace)),
                    ("name", .string(object.name)),
                ])
            } ?? .null),
            ("related", .array(diagnostic.related.map { related in
                .object([
                    ("file", .string(related.location.file)),
                    ("line", .int(Int64(related.location.line))),
                    ("column", .int(Int64(related.location.column))),
                    ("message", .string(related.message)),
                ])
            })),
        ]
        // Shown under --no-suppressions: the annotation's reason, marked.
        if let reason = diagnostic.suppression { members.append(("suppressedBy", .object([("reason", .string(reason))]))) }
        return .object(members)
    }
}
