import ArgumentParser
import FoundationEssentials
import Glibc
import PolicyModel

/// `sppctl config`: the configuration in force and where each value comes from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration and where each value comes from (flag, .sppctl.yaml, default).")

    @OptionGroup var input: InputOptions

    @OptionGroup var analysis: AnalysisFlags

    func run() throws {
        let file = try ConfigurationFile.resolve(path: input.config, disabled: input.noConfig)
        func origin(_ key: String, flag: String?) -> String {
            if let flag { return "--\(flag)" }
            if let location = file?.origins[key] { return "\(location)" }
            return "default"
        }
        var lines = ["# configuration file: " + (file?.path ?? (input.noConfig ? "none (--no-config)" : "none found upward from \(FileManager.default.currentDirectoryPath)"))]
        func row(_ key: String, _ value: String, _ source: String) { lines.append("\(key): \(value)".padding(44) + "  # \(source)") }
        let generation = input.gatewayAPI.flatMap(Generation.init(flag:)) ?? file?.generation ?? .default
        row("gatewayAPI", generation.rawValue, origin("gatewayAPI", flag: input.gatewayAPI.map { _ in "gateway-api" }))
        let implementation = analysis.implementation.flatMap(ImplementationProfile.init(rawValue:)) ?? file?.implementation ?? .default
        row("implementation", implementation.rawValue, origin("implementation", flag: analysis.implementation.map { _ in "implementation" }))
        row("failOn", (file?.failOn ?? .error).rawValue, origin("failOn", flag: nil))
        let longSession = analysis.longSession.flatMap(GEPDuration.parse)?.seconds ?? file?.longSessionSeconds ?? LintOptions().longSessionSeconds
        row("longSession", GEPDuration.describe(seconds: longSession), origin("longSession", flag: analysis.longSession.map { _ in "long-session" }))
        let paths = file.map { file in file.paths.map(file.resolve) } ?? []
        row("paths", "[" + (paths.isEmpty ? "." : paths.joined(separator: ", ")) + "]", file?.origins["paths"].map { "\($0), relative to the file" } ?? "default")
        let ignore = (input.ignore + (file.map { file in file.ignore.map(file.resolve) } ?? []))
        row("ignore", "[" + ignore.joined(separator: ", ") + "]", input.ignore.isEmpty ? origin("ignore", flag: nil) : "--ignore and the file")
        row("maxFileSize", "\(input.maxFileSize ?? 128) MiB", input.maxFileSize == nil ? "default" : "--max-file-size")
        row("jobs", "\(input.jobs ?? ProcessInfo.processInfo.activeProcessorCount)", input.jobs == nil ? "default: the number of cores" : "--jobs")
        row("namespace", analysis.namespace ?? "default", analysis.namespace == nil ? "default" : "--namespace")
        lines.append("rules:")
        for rule in RuleCatalogue.descriptions {
            var setting = file?.rules[rule.id]
            var source = file?.rules[rule.id] == nil ? "default" : "\(file!.path)"
            if analysis.disable.contains(where: { RuleCatalogue.description(for: $0)?.id == rule.id }) { setting = .off; source = "--disable" }
            if analysis.enable.contains(where: { RuleCatalogue.description(for: $0)?.id == rule.id }) { setting = nil; source = "--enable" }
            let value: String
            switch setting {
            case .off?: value = "off"
            case .severity(let severity)?: value = severity.rawValue
            case nil: value = rule.defaultSeverity.rawValue
            }
            lines.append("  \(rule.id): \(value)".padding(44) + "  # \(source)")
        }
        lines.append("suppressions: \(file?.suppressions.count ?? 0)" + (file?.suppressions.isEmpty == false ? "  # \(file!.path)" : ""))
        for suppression in file?.suppressions ?? [] {
            let selector = [suppression.kind.map { "kind \($0)" }, suppression.namespace.map { "namespace \($0)" }, suppression.name.map { "name \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")
            lines.append("  - \(suppression.rules.joined(separator: ", ")) on \(selector.isEmpty ? "every object" : selector): \(suppression.reason)")
        }
        StandardOutput.write(lines.map(TerminalText.escaped).joined(separator: "\n") + "\n")
    }
}
