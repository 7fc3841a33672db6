import PolicyModel

/// Renders a lint report for people: `path:line:col: severity: message [ID]`, the source line
/// with a caret, `note:` lines for related places, and a closing count.
struct TextReporter: Sendable {
    /// Colours, or not.
    let style: TerminalStyle
    /// Without excerpts and notes, and no summary when there are no findings.
    var quiet = false

    /// Diagnostics rendered per worker before they are written: enough to keep the workers
    /// busy, few enough that a batch stays small beside the report.
    private static let diagnosticsPerWorker = 256

    /// Writes the report to `writer` (the caller flushes). Diagnostics are rendered in batches
    /// on up to `jobs` workers and written in order: the text does not depend on `jobs`.
    func write(_ report: LintReport, sources: [String: SourceReference], jobs: Int = 1, to output: inout ChunkedWriter) {
        // The quoted lines, read again from the files.
        let lines = SourceLines(sources, wanted: quiet ? [] : report.diagnostics.map(\.location), jobs: jobs)
        let diagnostics = report.diagnostics
        var rendered = OrderedBatches(count: diagnostics.count, jobs: jobs, perWorker: Self.diagnosticsPerWorker) { index in
            var bytes: [UInt8] = []
            render(diagnostics[index], lines: lines, into: &bytes)
            return bytes
        }
        while let bytes = rendered.next() { output.append(contentsOf: bytes) }
        if !(quiet && report.diagnostics.isEmpty) { output.write(summary(report) + "\n") }
    }

    /// One diagnostic: its line, the source excerpt with a caret, and its notes.
    private func render(_ diagnostic: Diagnostic, lines: SourceLines, into bytes: inout [UInt8]) {
        let location = diagnostic.location
        // What the inputs wrote (file names, values in messages) cannot act on the terminal or start a line.
        bytes += (style.bold(TerminalText.escaped("\(location):")) + " " + style.severity("\(diagnostic.severity.rawValue):", diagnostic.severity.rawValue)).utf8
        bytes += (" " + style.bold(TerminalText.escaped(diagnostic.markedMessage)) + " " + style.dim("[\(diagnostic.id)]") + "\n").utf8
        if quiet { return }
        if let excerpt = SourceExcerpt.lines(for: location, line: lines.line(at: location)) {
            bytes += ("  " + excerpt.source + "\n").utf8
            bytes += ("  " + style.green(excerpt.caret) + "\n").utf8
        }
        for related in diagnostic.related {
            bytes += (style.bold(TerminalText.escaped("\(related.location):")) + " " + style.severity("note:", "note") + " "
                      + TerminalText.escaped(related.message) + "\n").utf8
        }
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
