import FoundationEssentials
import Glibc
import PolicyModel

/// Renders a report in any output format, so that lint and export's notices share every
/// format and its rules.
struct ReportRenderer {
    /// The format.
    let format: OutputFormat
    /// The generation, for JSON.
    let generation: Generation
    /// Colours for text.
    let style: TerminalStyle
    /// Text without excerpts and notes, and no summary when there is nothing to say.
    var quiet = false
    /// How many workers render a streamed JSON or a text report's diagnostics.
    var jobs = 1

    /// The report as text in the format.
    func render(_ report: LintReport, sources: [String: SourceReference], baselineGone: Int? = nil) -> String {
        switch format {
        case .text:
            var bytes: [UInt8] = []
            var writer = ChunkedWriter { bytes += $0 }
            writeText(report, sources: sources, baselineGone: baselineGone, to: &writer)
            writer.flush()
            return String(decoding: bytes, as: UTF8.self)
        case .json: return JSONReporter().render(report, generation: generation, baselineGone: baselineGone)
        case .sarif: return SARIFReporter().render(report)
        case .github: return GitHubReporter().render(report)
        case .junit: return JUnitReporter().render(report)
        }
    }

    /// Writes the report to standard output as ``render(_:sources:baselineGone:)`` renders
    /// it; text and JSON are streamed as they are rendered.
    func writeToStandardOutput(_ report: LintReport, sources: [String: SourceReference], baselineGone: Int? = nil) {
        switch format {
        case .json:
            StandardOutput.write(json: JSONReporter().stream(report, generation: generation, baselineGone: baselineGone, jobs: jobs))
        case .text:
            var writer = ChunkedWriter { StandardOutput.write(bytes: $0) }
            writeText(report, sources: sources, baselineGone: baselineGone, to: &writer)
            writer.flush()
        case .sarif, .github, .junit:
            StandardOutput.write(render(report, sources: sources, baselineGone: baselineGone))
        }
    }

    private func writeText(_ report: LintReport, sources: [String: SourceReference], baselineGone: Int?, to writer: inout ChunkedWriter) {
        var reporter = TextReporter(style: style)
        reporter.quiet = quiet
        reporter.write(report, sources: sources, jobs: jobs, to: &writer)
        if let baselineGone, baselineGone > 0, !(quiet && report.diagnostics.isEmpty) {
            writer.write("\(baselineGone) baselined finding\(baselineGone == 1 ? " is" : "s are") gone: update the baseline with --write-baseline\n")
        }
    }
}
