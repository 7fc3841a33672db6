import PolicyModel

/// A rule's documentation as `sppctl explain SPPnnn` prints it, from the rule's own
/// description and examples.
enum RuleDocumentation {
    /// The text form.
    static func text(_ rule: RuleDescription, setting: RuleSetting?) -> String {
        var output = "\(rule.id) \(rule.name) (\(rule.defaultSeverity.rawValue), \(rule.category.rawValue))\n\n"
        output += rule.summary + "\n\n"
        output += wrap(rule.rationale, width: 88) + "\n"
        if let setting {
            let shown: String
            switch setting {
            case .off: shown = "off"
            case .severity(let severity): shown = severity.rawValue
            }
            output += "\nConfigured in this project: \(shown)\n"
        }
        output += "\nTriggering examples (each finding is marked with \(RuleExample.marker)):\n"
        output += examples(rule.triggeringExamples, keepMarkers: true)
        output += "\nNon-triggering examples:\n"
        output += examples(rule.nonTriggeringExamples, keepMarkers: false)
        output += """

            Configure in .sppctl.yaml:      rules: {\(rule.id): off}   (or error, warning, info)
            Suppress on one object:         metadata.annotations: {sppctl.io/ignore: "\(rule.id)=reason"}

            """
        return output
    }

    /// The JSON form.
    static func json(_ rule: RuleDescription) -> JSONValue {
        func list(_ examples: [RuleExample]) -> JSONValue {
            .array(examples.map { example in
                .object([("gatewayAPI", .optional(example.generation?.rawValue)),
                         ("implementation", .optional(example.implementation?.rawValue)),
                         ("exportTarget", .optional(example.exportTarget)), ("yaml", .string(example.yaml))]
                        + (example.beside.map { [("beside", .object([("path", .string($0.path)), ("yaml", .string($0.yaml))]))] } ?? []))
            })
        }
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("severity", .string(rule.defaultSeverity.rawValue)),
            ("category", .string(rule.category.rawValue)),
            ("summary", .string(rule.summary)),
            ("rationale", .string(rule.rationale)),
            ("triggeringExamples", list(rule.triggeringExamples)),
            ("nonTriggeringExamples", list(rule.nonTriggeringExamples)),
        ])
    }

    private static func examples(_ examples: [RuleExample], keepMarkers: Bool) -> String {
        var output = ""
        for (index, example) in examples.enumerated() {
            let target = example.exportTarget.map { target -> String in
                let parts = target.split(separator: "@", maxSplits: 1).map(String.init)
                return "sppctl export --target \(parts[0])" + (parts.count > 1 ? " --target-version \(parts[1])" : "")
            }
            let flags = [target, example.generation.map { "--gateway-api \($0.rawValue)" }, example.implementation.map { "--implementation \($0.rawValue)" }]
                .compactMap { $0 }
            let generation = flags.isEmpty ? "" : " (\(flags.joined(separator: " ")))"
            output += "\n  \(index + 1).\(generation)\n"
            let yaml = keepMarkers ? example.yaml : example.cleaned.yaml
            for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
                output += line.isEmpty ? "\n" : "     \(line)\n"
            }
            if let beside = example.beside {
                output += "     with \(beside.path) beside it (the example is example.yaml):\n"
                for line in beside.yaml.split(separator: "\n", omittingEmptySubsequences: false) {
                    output += line.isEmpty ? "\n" : "       \(line)\n"
                }
            }
        }
        return output
    }

    /// Wraps paragraphs at `width` columns.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph -> String in
            var lines: [String] = []
            var current = ""
            for word in paragraph.split(separator: " ") {
                if !current.isEmpty, current.count + 1 + word.count > width {
                    lines.append(current)
                    current = String(word)
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A Markdown page for `docs/rules/SPPnnn.md`.
    static func markdown(_ rule: RuleDescription) -> String {
        var page = "# \(rule.id) \(rule.name)\n\n"
        page += "*Default severity:* \(rule.defaultSeverity.rawValue) · *category:* \(rule.category.rawValue)\n\n"
        page += rule.summary + "\n\n## Why\n\n" + rule.rationale + "\n"
        func examples(_ title: String, _ list: [RuleExample]) {
            guard !list.isEmpty else { return }
            page += "\n## \(title)\n"
            for example in list {
                let flags = [example.exportTarget.map { "`sppctl export --target \($0.replacing(scalar: "@", with: " --target-version "))`" },
                             example.generation.map { "`--gateway-api \($0.rawValue)`" }, example.implementation.map { "`--implementation \($0.rawValue)`" }]
                    .compactMap { $0 }
                page += "\n" + (flags.isEmpty ? "" : "With " + flags.joined(separator: ", ") + ":\n\n") + "```yaml\n" + example.yaml + "\n```\n"
                if let beside = example.beside {
                    page += "\nWith `\(beside.path)` beside it (the example is `example.yaml`):\n\n```yaml\n" + beside.yaml + "\n```\n"
                }
            }
        }
        examples("Triggers (each finding is marked with ↓)", rule.triggeringExamples)
        examples("Does not trigger", rule.nonTriggeringExamples)
        page += "\n`sppctl explain \(rule.id)` prints this page in a terminal.\n"
        return page
    }
}
