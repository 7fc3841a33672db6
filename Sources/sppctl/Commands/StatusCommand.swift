import ArgumentParser
import FoundationEssentials
import Glibc
import PolicyModel

/// `sppctl status`: the status a conformant controller would write, as YAML.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Predict the status a controller would write: policy Accepted conditions, rejected routes.",
        discussion: """
            For every session-persistence policy, the Accepted condition (reasons Accepted, \
            Invalid, Conflicted, TargetNotFound; the provisional SessionPersistencePolicy uses \
            its own Valid and Invalid). For every route that combines session persistence with a \
            Service's sessionAffinity: ClientIP, the rejection GEP-1619 requires.
            """)

    @OptionGroup var input: InputOptions

    @OptionGroup var analysis: AnalysisFlags

    @Option(help: "The output format: yaml (a stream of documents) or json.")
    var format: StatusFormat = .yaml

    @Option(help: ArgumentHelp("Exit 1 when a status has one of these problems (comma-separated): conflicted, invalid, targetnotfound, "
                               + "rejected (a route a controller rejects, or an object the API server refuses), or any.", valueName: "problems"))
    var failOn: String?

    func validate() throws {
        let known = ["conflicted", "invalid", "targetnotfound", "rejected", "any"]
        for problem in (failOn ?? "").split(separator: ",").map({ $0.trimmed.lowercased() }) where !known.contains(problem) {
            throw ValidationError("unknown problem '\(problem)' for --fail-on; use \(known.joined(separator: ", "))")
        }
    }

    /// The problems of a status, by the names --fail-on takes.
    private static func problems(_ status: ObjectStatus) -> Set<String> {
        switch status.layout {
        case .refused: return ["rejected"]
        case .notRead: return []
        case .conditions(let conditions): return Set(conditions.flatMap(problems))
        case .ancestors(let ancestors): return Set(ancestors.flatMap { $0.conditions.flatMap(problems) })
        case .parents(let parents): return Set(parents.flatMap { $0.conditions.flatMap(problems) })
        }
    }

    private static func problems(_ condition: StatusCondition) -> [String] {
        guard condition.status == "False" else { return [] }
        switch condition.reason {
        case "Conflicted": return ["conflicted"]
        case "Invalid": return ["invalid"]
        case "TargetNotFound": return ["targetnotfound"]
        default: return ["rejected"]
        }
    }

    func run() throws {
        let workspace = try Workspace.openReportingErrors(input, analysis)
        // The graph only: no rule beyond those that decide what the API server refuses runs.
        let statuses = StatusPredictor.predict(workspace.analyse(reportedRules: []).graph)
        let output: String
        switch format {
        case .yaml:
            output = statuses.isEmpty
                ? "# no session-persistence policies and no rejected routes in the inputs\n"
                : OrderedParallel.map(count: statuses.count, jobs: workspace.options.jobs) { range in range.map { Self.yaml(statuses[$0]) } }
                    .joined(separator: "---\n")
        case .json: output = JSONValue.array(statuses.map(Self.document)).rendered()
        }
        StandardOutput.write(output)
        try workspace.failIfInputsWereUnreadable()
        let wanted = Set((failOn ?? "").split(separator: ",").map { $0.trimmed.lowercased() })
        let found = statuses.reduce(into: Set<String>()) { $0.formUnion(Self.problems($1)) }
        if !wanted.isEmpty, wanted.contains("any") ? !found.isEmpty : !wanted.isDisjoint(with: found) { throw ExitCode(1) }
    }

    /// A YAML document, or for a refused object a comment saying why it has no status.
    private static func yaml(_ status: ObjectStatus) -> String {
        let object = status.object
        let name = object.label
        let comment: String
        switch status.layout {
        case .refused(let rejection):
            comment = "\(name): no status; the API server refuses it (\(rejection.ruleID) at \(rejection.location)): \(rejection.reason)"
        case .notRead(let reason):
            comment = "\(name): no status; \(reason)"
        default:
            return YAMLWriter.render(document(status))
        }
        // One comment line, whatever the manifest's text holds.
        let line = comment.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
        return "# " + line + "\n"
    }

    private static func document(_ status: ObjectStatus) -> JSONValue {
        let object = status.object
        var metadata: [(String, JSONValue)] = [("name", .string(object.metadata.name?.value ?? ""))]
        metadata.append(("namespace", .string(object.metadata.effectiveNamespace)))
        let body: JSONValue
        switch status.layout {
        case .notRead(let reason):
            return .object([
                ("apiVersion", .string(object.apiVersion?.value ?? object.gvk.apiVersion)),
                ("kind", .string(object.gvk.kind)),
                ("metadata", .object(metadata)),
                ("notRead", .string(reason)),
            ])
        case .refused(let rejection):
            return .object([
                ("apiVersion", .string(object.apiVersion?.value ?? object.gvk.apiVersion)),
                ("kind", .string(object.gvk.kind)),
                ("metadata", .object(metadata)),
                ("refused", .object([("rule", .string(rejection.ruleID)), ("file", .string(rejection.location.file)),
                                     ("line", .int(Int64(rejection.location.line))), ("column", .int(Int64(rejection.location.column))),
                                     ("message", .string(rejection.reason))])),
            ])
        case .conditions(let conditions):
            body = .object([("conditions", .array(conditions.map(condition)))])
        case .ancestors(let ancestors):
            body = .object([("ancestors", .array(ancestors.map { ancestor in
                .object([
                    ("ancestorRef", .object([
                        ("group", .string(ancestor.reference.group)), ("kind", .string(ancestor.reference.kind)),
                        ("name", .string(ancestor.reference.name)), ("namespace", .string(ancestor.reference.namespace)),
                    ])),
                    ("controllerName", .string(StatusPredictor.controllerName)),
                    ("conditions", .array(ancestor.conditions.map(condition))),
                ])
            }))])
        case .parents(let parents):
            body = .object([("parents", .array(parents.map { parent in
                var reference: [(String, JSONValue)] = []
                if let ref = parent.reference {
                    reference = [("group", .string(ref.group)), ("kind", .string(ref.kind)), ("name", .string(ref.name?.value ?? ""))]
                    if let namespace = ref.namespace { reference.append(("namespace", .string(namespace))) }
                    if let section = ref.sectionName { reference.append(("sectionName", .string(section.value))) }
                }
                return .object([
                    ("parentRef", .object(reference)),
                    ("controllerName", .string(StatusPredictor.controllerName)),
                    ("conditions", .array(parent.conditions.map(condition))),
                ])
            }))])
        }
        return .object([
            ("apiVersion", .string(object.apiVersion?.value ?? object.gvk.apiVersion)),
            ("kind", .string(object.gvk.kind)),
            ("metadata", .object(metadata)),
            ("status", body),
        ])
    }

    private static func condition(_ condition: StatusCondition) -> JSONValue {
        .object([
            ("type", .string(condition.type)), ("status", .string(condition.status)),
            ("reason", .string(condition.reason)), ("message", .string(condition.message)),
        ])
    }
}

/// The formats of `sppctl status`.
enum StatusFormat: String, CaseIterable, ExpressibleByArgument {
    /// A YAML stream, one document per object.
    case yaml
    /// One JSON array.
    case json
}
