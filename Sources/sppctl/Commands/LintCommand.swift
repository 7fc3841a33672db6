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

    @Flag(help: "Report findings suppressed by sppctl.io/ignore annotations too.")
    var noSuppressions = false

    @Option(help: ArgumentHelp("SPP110's threshold for long sessions (default 24h).", valueName: "duration"))
    var longSession: String?

    func validate() throws {
        if let longSession, GEPDuration.parse(longSession) == nil {
            throw ValidationError("--long-session must be a GEP-2257 duration such as 24h")
        }
    }

    func run() throws {
        let workspace = try Workspace.openReportingErrors(input)
        let configuration = workspace.configuration
        var options = LintOptions()
        if let seconds = longSession.flatMap(GEPDuration.parse)?.seconds ?? configuration?.longSessionSeconds {
            options.longSessionSeconds = seconds
        }
        let context = LintContext(files: workspace.files, generation: workspace.generation, options: options)
        let linter = Linter(settings: configuration?.rules ?? [:], honourSuppressions: !noSuppressions)
        let report = linter.lint(context)

        let output: String
        switch format {
        case .text:
            let sources = Dictionary(workspace.files.map { ($0.path, $0.source) }, uniquingKeysWith: { first, _ in first })
            output = TextReporter(style: TerminalStyle(enabled: color.enabled())).render(report, sources: sources)
        case .json:
            output = JSONReporter().render(report, generation: workspace.generation)
        }
        FileHandle.standardOutput.write(Data(output.utf8))

        try workspace.failIfInputsWereUnreadable()
        let threshold = failOn ?? configuration?.failOn ?? .error
        if report.diagnostics.contains(where: { threshold.fails(on: $0.severity) }) { throw ExitCode(1) }
    }
}
