import ArgumentParser
import FoundationEssentials
import Glibc

/// The `sppctl` command: checks, explains and translates Gateway API session persistence.
@main
struct Sppctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sppctl",
        abstract: "Check, explain and translate Kubernetes Gateway API session persistence (GEP-1619).",
        discussion: """
            Exit codes: 0 nothing reached --fail-on; 1 findings reached it; 2 usage error, bad \
            configuration, unreadable input or output that cannot be written.
            """,
        version: SppctlVersion.full,
        subcommands: [LintCommand.self, ExplainCommand.self, ExportCommand.self, StatusCommand.self, RulesCommand.self, ConfigCommand.self],
        defaultSubcommand: nil)

    /// Runs the command line with sppctl's exit codes: usage errors exit with 2, not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            StandardError.write("sppctl: error: \(TerminalText.escaped(error.message))\n")
            Glibc.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                StandardError.write(fullMessage(for: error) + "\n")
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
