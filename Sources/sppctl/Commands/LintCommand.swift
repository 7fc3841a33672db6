import ArgumentParser
import Foundation
import PolicyModel

/// `sppctl lint`: report every malformed, invalid or risky session-persistence setting.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check manifests for broken or risky session persistence.",
        discussion: """
            Exit codes: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage \
            error, a bad configuration or an unreadable input (in every format).
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "The report format.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("The least severity that fails the run (default error).", valueName: "severity"))
    var failOn: FailureThreshold?

    @Option(help: "When to colour text output.")
    var color: ColorMode = .auto

    @OptionGroup var analysis: AnalysisFlags

    func run() throws {
        let workspace = try Workspace.openReportingErrors(input, analysis)
        let configuration = workspace.configuration
        let report = workspace.analyse().report

        let output: String
        switch format {
        case .text:
            let sources = Dictionary(workspace.files.map { ($0.path, $0.source) }, uniquingKeysWith: { first, _ in first })
            output = TextReporter(style: TerminalStyle(enabled: color.enabled())).render(report, sources: sources)
        case .json:
            output = JSONReporter().render(report, generation: workspace.options.generation)
        }
        FileHandle.standardOutput.write(Data(output.utf8))

        try workspace.failIfInputsWereUnreadable()
        let threshold = failOn ?? configuration?.failOn ?? .error
        if report.diagnostics.contains(where: { threshold.fails(on: $0.severity) }) { throw ExitCode(1) }
    }
}
