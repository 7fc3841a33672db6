import ArgumentParser
import FoundationEssentials
import Glibc
import PolicyModel

/// `sppctl lint`: report every malformed, invalid or risky session-persistence setting.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check manifests for broken or risky session persistence.",
        discussion: """
            With no path, lint reads standard input when it is a pipe with data, else the \
            configuration's paths, else the current directory. Exit codes: 0 when no finding \
            reaches --fail-on, 1 when one does, 2 for a usage error, a bad configuration, an \
            unreadable input or a report that cannot be written (in every format).
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "The report format: text, json, sarif (code scanning), github (workflow annotations) or junit.")
    var format: OutputFormat = .text

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to FILE, atomically, instead of standard output.",
                                                                       valueName: "file"),
            completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("The least severity that fails the run (default error).", valueName: "severity"))
    var failOn: FailureThreshold?

    @Option(help: "When to colour text output.")
    var color: ColorMode = .auto

    @Flag(name: .shortAndLong, help: "Text without source excerpts and notes, and nothing at all when there is no finding.")
    var quiet = false

    @Option(help: ArgumentHelp("Report only findings that FILE (from --write-baseline) does not accept; say how many accepted ones are gone.",
                               valueName: "file"),
            completion: .file(extensions: ["json"]))
    var baseline: String?

    @Option(help: ArgumentHelp("Write today's findings to FILE as a baseline (fingerprints without line numbers), and exit 0.",
                               valueName: "file"),
            completion: .file(extensions: ["json"]))
    var writeBaseline: String?

    @OptionGroup var analysis: AnalysisFlags

    func run() throws {
        let workspace = try Workspace.openReportingErrors(input, analysis)
        let configuration = workspace.configuration
        let analysed = workspace.analyse()
        var report = analysed.report
        let sources = workspace.sources(quotedBy: report.diagnostics)
        if let writeBaseline {
            try AtomicFile.write(Baseline(diagnostics: report.diagnostics, sources: sources).rendered(), to: writeBaseline)
            StandardError.write("sppctl: wrote \(report.diagnostics.count) finding(s) to the baseline \(writeBaseline)\n")
            try workspace.failIfInputsWereUnreadable()
            return
        }
        var gone: Int?
        if let baseline {
            let accepted = try Self.loadBaseline(baseline)
            let filtered = accepted.newFindings(report.diagnostics, sources: sources)
            report = LintReport(diagnostics: filtered.new, suppressed: report.suppressed, fileCount: report.fileCount, objectCount: report.objectCount)
            gone = filtered.gone
        }
        let style = TerminalStyle(enabled: output == nil && format == .text && color.enabled())
        let renderer = ReportRenderer(format: format, generation: workspace.options.generation, style: style, quiet: quiet,
                                      jobs: workspace.options.jobs)
        if let output {
            try AtomicFile.write(renderer.render(report, sources: sources, baselineGone: gone), to: output)
        } else {
            renderer.writeToStandardOutput(report, sources: sources, baselineGone: gone)
        }
        try workspace.failIfInputsWereUnreadable()
        let threshold = failOn ?? configuration?.failOn ?? .error
        if report.diagnostics.contains(where: { threshold.fails(on: $0.severity) }) { throw ExitCode(1) }
    }

    private static func loadBaseline(_ path: String) throws(CLIError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read the baseline '\(path)'") }
        let loaded = YAMLLoader().load(bytes: [UInt8](data), path: path)
        guard loaded.issues.isEmpty, let root = loaded.documents.first?.root, let baseline = Baseline.parse(root) else {
            throw CLIError("'\(path)' is not an sppctl baseline (write one with --write-baseline)")
        }
        return baseline
    }
}
