import FoundationEssentials
import Glibc
import PolicyModel

/// `.sppctl.yaml`: the project's settings, found upward from the working directory.
///
/// ```yaml
/// gatewayAPI: v1.6        # generation to check against
/// implementation: gep     # gep | envoy-gateway | nginx-gateway-fabric
/// failOn: warning         # error | warning | info | never
/// longSession: 48h        # SPP110 threshold
/// paths: [deploy/]        # what `sppctl lint` reads when given no path
/// ignore: [vendor/**]     # globs to skip
/// rules:
///   SPP110: off           # off | error | warning | info
/// suppressions:           # for objects that cannot be annotated
/// - {rules: [SPP109], kind: HTTPRoute, namespace: shop, name: "legacy-*", reason: "…"}
/// ```
/// `paths` and `ignore` are relative to the directory of the file, from wherever sppctl runs.
struct ConfigurationFile: Sendable {
    /// The names sppctl looks for.
    static let fileNames = [".sppctl.yaml", ".sppctl.yml"]

    /// Where the file is.
    var path: String
    /// `gatewayAPI`.
    var generation: Generation?
    /// `implementation`.
    var implementation: ImplementationProfile?
    /// `failOn`.
    var failOn: FailureThreshold?
    /// `longSession`, in seconds.
    var longSessionSeconds: Int64?
    /// `paths`.
    var paths: [String] = []
    /// `ignore`.
    var ignore: [String] = []
    /// `rules`.
    var rules: [String: RuleSetting] = [:]
    /// `suppressions`.
    var suppressions: [SuppressionSelector] = []
    /// Where each top-level key is written.
    var origins: [String: SourceLocation] = [:]

    /// `path` from the file (a path or a glob) as seen from the working directory: relative
    /// ones are taken relative to the file's directory.
    func resolve(_ relative: String) -> String {
        if relative.hasPrefix("/") { return relative }
        let directory = PathText.directory(of: self.path)
        if directory.isEmpty || directory == "." { return relative }
        let joined = PathText.join(directory, relative)
        let current = FileManager.default.currentDirectoryPath
        return joined.hasPrefix(current + "/") ? String(joined.dropFirst(current.count + 1)) : joined
    }

    /// The nearest configuration file at or above `directory`.
    static func locate(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = current.appendingPathComponent(name).path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// The configuration in force: `--config FILE`, none with `--no-config`, else the nearest
    /// `.sppctl.yaml` upward from the working directory. A broken file is an error (exit 2)
    /// for every command alike.
    static func resolve(path: String?, disabled: Bool) throws(CLIError) -> ConfigurationFile? {
        if let path { return try load(path) }
        if disabled { return nil }
        return try locate(from: FileManager.default.currentDirectoryPath).map { path throws(CLIError) in try load(path) }
    }

    /// Reads and validates the file at `path`.
    static func load(_ path: String) throws(CLIError) -> ConfigurationFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read the configuration file '\(path)'")
        }
        let loaded = YAMLLoader().load(bytes: [UInt8](data), path: path)
        if let issue = loaded.issues.first {
            throw CLIError("bad configuration \(issue.location): \(issue.message)")
        }
        var configuration = ConfigurationFile(path: path)
        guard let root = loaded.documents.first?.root, !root.isNull else { return configuration }
        guard let entries = root.entries else {
            throw CLIError("bad configuration \(root.location): the file must be a mapping")
        }
        for entry in entries {
            let key = entry.keyText ?? ""
            let value = entry.value
            configuration.origins[key] = entry.key.location
            switch key {
            case "gatewayAPI":
                guard let text = value.scalar?.text, let generation = Generation(flag: text) else {
                    throw bad(value, "gatewayAPI must be one of \(Generation.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                configuration.generation = generation
            case "implementation":
                guard let text = value.string, let profile = ImplementationProfile(rawValue: text) else {
                    throw bad(value, "implementation must be one of \(ImplementationProfile.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                configuration.implementation = profile
            case "failOn":
                guard let text = value.string, let threshold = FailureThreshold(rawValue: text) else {
                    throw bad(value, "failOn must be error, warning, info or never")
                }
                configuration.failOn = threshold
            case "longSession":
                guard let text = value.string, let duration = GEPDuration.parse(text) else {
                    throw bad(value, "longSession must be a duration such as 24h")
                }
                configuration.longSessionSeconds = duration.seconds
            case "paths":
                configuration.paths = try strings(value, key)
            case "ignore":
                configuration.ignore = try strings(value, key)
            case "rules":
                guard let ruleEntries = value.entries else { throw bad(value, "rules must map rule IDs to off, error, warning or info") }
                for ruleEntry in ruleEntries {
                    let id = ruleEntry.keyText ?? ""
                    guard let description = RuleCatalogue.description(for: id) else {
                        let close = RuleCatalogue.closeMatches(to: id).prefix(3).map(\.id)
                        throw bad(ruleEntry.key, "unknown rule '\(id)'" + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?"))
                    }
                    guard let setting = ruleEntry.value.scalar.flatMap({ RuleSetting($0.text) }) else {
                        throw bad(ruleEntry.value, "the setting of \(description.id) must be off, error, warning or info")
                    }
                    configuration.rules[description.id] = setting
                }
            case "suppressions":
                guard let items = value.items else { throw bad(value, "suppressions must be a list of {rules, kind, namespace, name, reason}") }
                for item in items {
                    guard item.entries != nil else { throw bad(item, "a suppression is a mapping of rules, kind, namespace, name and reason") }
                    for entry in item.entries ?? [] where !["rules", "kind", "namespace", "name", "reason"].contains(entry.keyText ?? "") {
                        throw bad(entry.key, "unknown key '\(entry.keyText ?? "")' in a suppression; use rules, kind, namespace, name, reason")
                    }
                    let rules = try strings(item["rules"] ?? item, "rules").map { id throws(CLIError) -> String in
                        guard let rule = RuleCatalogue.description(for: id) else { throw bad(item, "unknown rule '\(id)' in a suppression") }
                        return rule.id
                    }
                    guard let reason = item["reason"]?.string, !reason.trimmed.isEmpty else {
                        throw bad(item, "a suppression needs a reason, so the next reader knows why")
                    }
                    configuration.suppressions.append(SuppressionSelector(rules: rules, kind: item["kind"]?.string, namespace: item["namespace"]?.string,
                                                                          name: item["name"]?.string, reason: reason))
                }
            default:
                let known = ["gatewayAPI", "implementation", "failOn", "longSession", "paths", "ignore", "rules", "suppressions"]
                let hint = EditDistance.suggestion(for: key, among: known).map { "; did you mean \($0)?" } ?? ""
                throw bad(entry.key, "unknown key '\(key)'\(hint)")
            }
        }
        return configuration
    }

    private static func strings(_ node: Node, _ key: String) throws(CLIError) -> [String] {
        guard let items = node.items else { throw bad(node, "\(key) must be a list of strings") }
        var result: [String] = []
        for item in items {
            guard let text = item.string else { throw bad(item, "\(key) must be a list of strings") }
            result.append(text)
        }
        return result
    }

    private static func bad(_ node: Node, _ message: String) -> CLIError {
        CLIError("bad configuration \(node.location): \(message)")
    }
}
