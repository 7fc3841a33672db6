import ArgumentParser
import FoundationEssentials
import Glibc
import PolicyModel

/// `sppctl explain`: for manifests, the session persistence that actually applies to each
/// route rule and backend, where every value comes from, and the findings that concern it;
/// for a rule ID, the rule's documentation with its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain the effective session persistence of routes and Services, or a rule (SPPnnn).",
        discussion: """
            sppctl explain deploy/ [--route NS/NAME] [--service NS/NAME] shows, per route rule \
            and backend, the settings that apply and where each value comes from. \
            sppctl explain SPP402 shows a rule's documentation; IDs may be written SPP402, \
            spp402, 402 or by name (zero-weight-reachable).
            """)

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Only this route (namespace/name, or name in any namespace).", valueName: "route"))
    var route: String?

    @Option(help: ArgumentHelp("Only traffic to and policies on this Service (namespace/name, or name).", valueName: "service"))
    var service: String?

    @OptionGroup var analysis: AnalysisFlags

    @Option(help: "The output format (rules: text or json).")
    var format: ExplainFormat = .text

    func run() throws {
        if !input.paths.isEmpty, input.paths.allSatisfy(Self.looksLikeRule) {
            try explainRules(input.paths)
            return
        }
        let workspace = try Workspace.openReportingErrors(input, analysis)
        let selection = try ExplainSelection(analysis: workspace.analyse(), route: route, service: service)
        switch format {
        case .text: StandardOutput.write(ExplainText.render(selection))
        case .json: StandardOutput.write(json: ExplainDocument.stream(selection))
        case .yaml: StandardOutput.write(YAMLWriter.render(ExplainDocument.build(selection), jobs: selection.analysis.options.jobs))
        case .mermaid: StandardOutput.write(ExplainDiagram(selection).mermaid())
        case .dot: StandardOutput.write(ExplainDiagram(selection).dot())
        }
        try workspace.failIfInputsWereUnreadable()
    }

    /// A rule ID or name that is not also a path on disk.
    static func looksLikeRule(_ argument: String) -> Bool {
        if FileManager.default.fileExists(atPath: argument) || argument == "-" { return false }
        if RuleCatalogue.description(for: argument) != nil { return true }
        return argument.uppercased().hasPrefix("SPP") || argument.allSatisfy(\.isNumber)
    }

    private func explainRules(_ ids: [String]) throws {
        guard [.text, .json, .yaml].contains(format) else {
            throw CLIError("rules are explained as text, json or yaml, not \(format.rawValue)")
        }
        var descriptions: [RuleDescription] = []
        for id in ids {
            guard let description = RuleCatalogue.description(for: id) else {
                let close = RuleCatalogue.closeMatches(to: id).prefix(3)
                let hint = close.isEmpty
                    ? "run 'sppctl rules' for the list"
                    : "did you mean " + close.map { "\($0.id) (\($0.name))" }.joined(separator: ", ") + "?"
                throw CLIError("unknown rule '\(id)'; \(hint)")
            }
            descriptions.append(description)
        }
        let configuration = try ConfigurationFile.resolve(path: input.config, disabled: input.noConfig)
        let output: String
        if format == .json {
            output = JSONValue.array(descriptions.map(RuleDocumentation.json)).rendered()
        } else if format == .yaml {
            output = YAMLWriter.render(JSONValue.array(descriptions.map(RuleDocumentation.json)))
        } else {
            output = descriptions.map { RuleDocumentation.text($0, setting: configuration?.rules[$0.id]) }.joined(separator: "\n")
        }
        StandardOutput.write(output)
    }
}
