/// Findings accepted as they are (`--write-baseline FILE`), so that `--baseline FILE` reports
/// and fails on new ones only. A finding is known by a fingerprint that does not move when
/// lines do: its rule, its object's identity (or its file, for findings about no object), its
/// field path, and the offending text at its location.
public struct Baseline: Sendable, Equatable {
    /// One accepted finding.
    public struct Fingerprint: Sendable, Hashable, Comparable {
        /// The rule ID.
        public let rule: String
        /// `Kind namespace/name`, or the file for a finding about no object.
        public let subject: String
        /// The field path ("" when none).
        public let path: String
        /// The text at the finding's location, up to the end of its line (at most 200 characters).
        public let value: String

        /// Orders by every component.
        public static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool {
            (lhs.rule, lhs.subject, lhs.path, lhs.value) < (rhs.rule, rhs.subject, rhs.path, rhs.value)
        }
    }

    /// The accepted findings, with how many times each occurs.
    public let counts: [Fingerprint: Int]

    /// The fingerprint of `diagnostic`, taking the offending text from its source `line`.
    public static func fingerprint(_ diagnostic: Diagnostic, line: String?) -> Fingerprint {
        let subject = diagnostic.object.map { "\($0.kind) \($0.namespace)/\($0.name)" } ?? diagnostic.location.file
        var value = ""
        if let line {
            value = String(line.unicodeScalars.dropFirst(max(0, diagnostic.location.column - 1)).prefix(200).map(Character.init))
            while value.last == " " || value.last == "\t" { value.removeLast() }
        }
        return Fingerprint(rule: diagnostic.id, subject: subject, path: diagnostic.path?.description ?? "", value: value)
    }

    /// The baseline of a report's findings.
    public init(diagnostics: [Diagnostic], sources: [String: SourceReference]) {
        var counts: [Fingerprint: Int] = [:]
        let lines = SourceLines(sources, wanted: diagnostics.map(\.location))
        for diagnostic in diagnostics {
            counts[Self.fingerprint(diagnostic, line: lines.line(at: diagnostic.location)), default: 0] += 1
        }
        self.counts = counts
    }

    private init(counts: [Fingerprint: Int]) {
        self.counts = counts
    }

    /// The baseline file: JSON, one entry per fingerprint, sorted.
    public func rendered() -> String {
        JSONValue.object([
            ("version", .int(1)),
            ("findings", .array(counts.keys.sorted().map { print in
                .object([("rule", .string(print.rule)), ("subject", .string(print.subject)), ("path", .string(print.path)),
                         ("value", .string(print.value)), ("count", .int(Int64(counts[print]!)))])
            })),
        ]).rendered()
    }

    /// Reads a baseline file; `nil` when it is not one.
    public static func parse(_ node: Node) -> Baseline? {
        guard node["version"]?.scalar?.text == "1", let items = node["findings"]?.items else { return nil }
        var counts: [Fingerprint: Int] = [:]
        for item in items {
            guard let rule = item["rule"]?.string, let subject = item["subject"]?.string, let path = item["path"]?.string,
                  let value = item["value"]?.string, let count = item["count"]?.scalar.flatMap({ Int($0.text) }), count > 0 else { return nil }
            counts[Fingerprint(rule: rule, subject: subject, path: path, value: value)] = count
        }
        return Baseline(counts: counts)
    }

    /// The findings of `diagnostics` that the baseline does not accept, and how many accepted
    /// findings no longer occur.
    public func newFindings(_ diagnostics: [Diagnostic], sources: [String: SourceReference]) -> (new: [Diagnostic], gone: Int) {
        var remaining = counts
        var new: [Diagnostic] = []
        let lines = SourceLines(sources, wanted: diagnostics.map(\.location))
        for diagnostic in diagnostics {
            let print = Self.fingerprint(diagnostic, line: lines.line(at: diagnostic.location))
            if let left = remaining[print], left > 0 {
                remaining[print] = left - 1
            } else {
                new.append(diagnostic)
            }
        }
        return (new, remaining.values.reduce(0, +))
    }
}
