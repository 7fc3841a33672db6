import PolicyModel

/// Renders a report as SARIF 2.1.0: one run whose driver lists every rule (summary, full
/// help, default level) and one result per finding with its physical location, related
/// locations, and — for findings silenced by `sppctl.io/ignore` — a suppression carrying
/// the annotation's justification. GitHub code scanning shows these inline on pull requests.
struct SARIFReporter: Sendable {
    /// The SARIF document.
    func render(_ report: LintReport) -> String {
        let rules = RuleCatalogue.descriptions
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        let results = report.diagnostics.map { result($0, index: ruleIndex[$0.id], suppressed: false) }
            + report.suppressed.map { result($0, index: ruleIndex[$0.id], suppressed: true) }
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("sppctl")),
                    ("version", .string(SppctlVersion.current)),
                    ("rules", .array(rules.map(rule))),
                ]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ]).rendered()
    }

    private func rule(_ rule: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("help", .object([("text", .string("\(rule.summary). \(rule.rationale) Run `sppctl explain \(rule.id)` for examples."))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(rule.defaultSeverity)))])),
            ("properties", .object([("category", .string(rule.category.rawValue))])),
        ])
    }

    private func result(_ diagnostic: Diagnostic, index: Int?, suppressed: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.id))]
        if let index { members.append(("ruleIndex", .int(Int64(index)))) }
        members.append(("level", .string(Self.level(diagnostic.severity))))
        members.append(("message", .object([("text", .string(diagnostic.message))])))
        members.append(("locations", .array([.object([("physicalLocation", physical(diagnostic.location))])])))
        if !diagnostic.related.isEmpty {
            members.append(("relatedLocations", .array(diagnostic.related.enumerated().map { offset, related in
                .object([("id", .int(Int64(offset + 1))), ("physicalLocation", physical(related.location)),
                         ("message", .object([("text", .string(related.message))]))])
            })))
        }
        if suppressed || diagnostic.suppression != nil {
            var suppression: [(String, JSONValue)] = [("kind", .string("inSource"))]
            if let reason = diagnostic.suppression, !reason.isEmpty { suppression.append(("justification", .string(reason))) }
            // Shown with --no-suppressions: the suppression is recorded but not in force.
            if !suppressed { suppression.append(("status", .string("rejected"))) }
            members.append(("suppressions", .array([.object(suppression)])))
        }
        return .object(members)
    }

    private func physical(_ location: SourceLocation) -> JSONValue {
        .object([
            ("artifactLocation", .object([("uri", .string(Self.uri(location.file)))])),
            ("region", .object([("startLine", .int(Int64(location.line))), ("startColumn", .int(Int64(location.column)))])),
        ])
    }

    /// A relative path as a URI reference: `./` dropped, characters outside RFC 3986's
    /// unreserved set and `/` percent-encoded.
    static func uri(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        var output = ""
        for byte in trimmed.utf8 {
            let scalar = Unicode.Scalar(byte)
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || "-._~/".unicodeScalars.contains(scalar) {
                output.unicodeScalars.append(scalar)
            } else {
                output += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return output
    }

    /// SARIF's level for a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
