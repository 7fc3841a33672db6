import ArgumentParser
import Foundation
import PolicyModel

/// `sppctl rules`: the rule catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its ID, name, severity and summary.")

    @Option(help: "The output format: text or json.")
    var format: RulesFormat = .text

    @Option(help: ArgumentHelp("The configuration file whose rule settings to show.", valueName: "file"))
    var config: String?

    @Flag(help: "Show default severities only, ignoring .sppctl.yaml.")
    var noConfig = false

    func run() throws {
        let configuration = try ConfigurationFile.resolve(path: config, disabled: noConfig)
        let rules = RuleCatalogue.descriptions
        func effective(_ rule: RuleDescription) -> String {
            switch configuration?.rules[rule.id] {
            case .off?: return "off"
            case .severity(let severity)?: return severity.rawValue
            case nil: return rule.defaultSeverity.rawValue
            }
        }
        let output: String
        switch format {
        case .json:
            output = JSONValue.array(rules.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("name", .string(rule.name)),
                    ("defaultSeverity", .string(rule.defaultSeverity.rawValue)),
                    ("severity", .string(effective(rule))),
                    ("category", .string(rule.category.rawValue)),
                    ("summary", .string(rule.summary)),
                ])
            }).rendered()
        case .text:
            let nameWidth = rules.map(\.name.count).max() ?? 0
            var text = "ID      " + "NAME".padding(nameWidth) + "  SEVERITY  SUMMARY\n"
            for rule in rules {
                text += rule.id + "  " + rule.name.padding(nameWidth) + "  " + effective(rule).padding(8) + "  " + rule.summary + "\n"
            }
            output = text
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

/// The formats of `sppctl rules`.
enum RulesFormat: String, CaseIterable, ExpressibleByArgument {
    /// A table.
    case text
    /// One JSON array.
    case json
}
