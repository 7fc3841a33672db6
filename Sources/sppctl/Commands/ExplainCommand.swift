import ArgumentParser
import Foundation
import PolicyModel

/// `sppctl explain SPPnnn`: a rule's documentation with its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: summary, rationale, default severity and examples.",
        discussion: "IDs may be written SPP402, spp402, 402 or by name (zero-weight-reachable).")

    @Argument(help: ArgumentHelp("Rule IDs or names.", valueName: "rule"))
    var rules: [String]

    @Option(help: "The output format.")
    var format: OutputFormat = .text

    func run() throws {
        var descriptions: [RuleDescription] = []
        for id in rules {
            guard let description = RuleRegistry.description(for: id) else {
                let close = RuleRegistry.closeMatches(to: id)
                let hint = close.isEmpty
                    ? "run 'sppctl rules' for the list"
                    : "did you mean " + close.map { "\($0.id) (\($0.name))" }.joined(separator: ", ") + "?"
                throw CLIError("unknown rule '\(id)'; \(hint)")
            }
            descriptions.append(description)
        }
        let configuration = ConfigurationFile.locate(from: FileManager.default.currentDirectoryPath).flatMap { try? ConfigurationFile.load($0) }
        let output: String
        switch format {
        case .text:
            output = descriptions.map { RuleDocumentation.text($0, setting: configuration?.rules[$0.id]) }.joined(separator: "\n")
        case .json:
            output = JSONValue.array(descriptions.map(RuleDocumentation.json)).rendered()
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
