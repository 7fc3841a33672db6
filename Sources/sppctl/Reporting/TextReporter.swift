import PolicyModel

/// Renders a lint report for people: `path:line:col: severity: message [ID]`, the source line
/// with a caret, `note:` lines for related places, and a closing count.
struct TextReporter: Sendable {
    /// Colours, or not.
    let style: TerminalStyle
    /// Without excerpts and notes, and no summary when there are no findings.
    var quiet = false

    /// Writes the report to `writer`, diagnostic by diagnostic (the caller flushes).
    func write(_ report: LintReport, sources: [String: SourceReference], to output: inout ChunkedWriter) {
        // The quoted lines, read in one pass per file.
        let lines = SourceLines(sources, wanted: quiet ? [] : report.diagnostics.map(\.location))
        for diagnostic in report.diagnostics {
            let location = diagnostic.location
            output.write(style.bold("\(location):") + " " + style.severity("\(diagnostic.severity.rawValue):", diagnostic.severity.rawValue))
            output.write(" " + style.bold(diagnostic.markedMessage) + " " + style.dim("[\(diagnostic.id)]") + "\n")
            if quiet { continue }
            if let excerpt = SourceExcerpt.lines(for: location, line: lines.line(at: location)) {
                output.write("  " + excerpt.source + "\n")
                output.write("  " + style.green(excerpt.caret) + "\n")
            }
            for related in diagnostic.related {
                output.write(style.bold("\(related.location):") + " " + style.severity("note:", "note") + " " + related.message + "\n")
            }
        }
        if !(quiet && report.diagnostics.isEmpty) { output.write(summary(report) + "\n") }
    }

    /// `2 errors, 1 warning, 0 infos in 3 files (12 objects)`.
    func summary(_ report: LintReport) -> String {
        let counts = [(Severity.error, "error"), (.warning, "warning"), (.info, "info")].map { severity, word in
            plural(report.count(severity), word)
        }
        var line = counts.joined(separator: ", ") + " in " + plural(report.fileCount, "file") + " (" + plural(report.objectCount, "object") + ")"
        if !report.suppressed.isEmpty {
            line += "; \(report.suppressed.count) suppressed (--no-suppressions shows them)"
        }
        return line
    }

    private func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}
