import ArgumentParser
import Exporters
import FoundationEssentials
import Glibc
import PolicyModel

/// `sppctl export`: the manifests' routes and session persistence as HAProxy, NGINX,
/// Traefik, Kong or Envoy configuration, with a notice at the manifest's location for every
/// setting the target cannot express.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write HAProxy, NGINX, Traefik, Kong or Envoy configuration that keeps each session on its backend.",
        discussion: """
            The configuration goes to standard output or --output FILE (written atomically); \
            notices of what the target cannot express go to standard error as lint-style text, \
            or to --report FILE as JSON. Exit codes: 0 when a configuration was written (1 with \
            --fail-on-lossy when a notice is a warning or worse); 1 when a value cannot be \
            written safely or an input does not parse, and nothing was written; 2 for a usage error, a bad configuration, \
            an unreadable input or output that cannot be written. --capabilities prints what each target and version can express.
            """)

    @OptionGroup var input: InputOptions

    @OptionGroup var analysis: AnalysisFlags

    @Option(help: ArgumentHelp("The dataplane: haproxy, nginx, traefik, kong or envoy.", valueName: "target"),
            completion: .list(ExportTarget.allCases.map(\.rawValue)))
    var target: String?

    @Option(help: ArgumentHelp("The target's version: haproxy 2.6|3.0, nginx 1.22|1.29.6|plus, traefik v2|v3.0|v3.3|v3.4, "
                               + "kong oss|enterprise-3.11, envoy v3.", valueName: "version"),
            completion: .list(Array(Set(ExportTarget.allCases.flatMap(\.versions))).sorted()))
    var targetVersion: String?

    @Option(help: ArgumentHelp("The configuration format: traefik file-yaml|file-toml|crd; conf or yaml for the others. "
                               + "With --capabilities: text or json.", valueName: "format"))
    var format: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the configuration to FILE, atomically.", valueName: "file"),
            completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("Write the notices to FILE instead of standard error.", valueName: "file"), completion: .file())
    var report: String?

    @Option(help: "The notices' format: text, json, sarif, github or junit (default: json with --report, text on standard error).")
    var reportFormat: OutputFormat?

    @Flag(help: "Exit 1 when a notice is a warning or worse (something was approximated or left out).")
    var failOnLossy = false

    @Flag(help: "Write a complete configuration that serves the routes on --listen.")
    var standalone = false

    @Option(help: ArgumentHelp("With --standalone: the IPv4 address and port to serve on.", valueName: "addr:port"))
    var listen: String?

    @Flag(help: "Print what each target and version can express, and exit.")
    var capabilities = false

    @Option(help: "When to colour the notices.")
    var color: ColorMode = .auto

    func validate() throws {
        if let target, ExportTarget(rawValue: target) == nil {
            throw ValidationError("unknown --target '\(target)'; use one of \(ExportTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if capabilities {
            if let format, !["text", "json"].contains(format) { throw ValidationError("--capabilities prints text or json, not \(format)") }
            return
        }
        guard let target = target.flatMap(ExportTarget.init(rawValue:)) else { throw ValidationError("--target is required") }
        if let targetVersion, !target.versions.contains(targetVersion) {
            throw ValidationError("\(target.rawValue) has no version '\(targetVersion)'; use one of \(target.versions.joined(separator: ", "))")
        }
        if let format, !target.formats.contains(format) {
            throw ValidationError("\(target.rawValue) writes \(target.formats.joined(separator: ", ")), not \(format)")
        }
        if standalone != (listen != nil) { throw ValidationError("--standalone and --listen ADDR:PORT go together") }
        if let listen, ListenAddress(listen) == nil { throw ValidationError("--listen must be an IPv4 address and port, such as 127.0.0.1:8080") }
        if standalone, target == .traefik, format == "crd" { throw ValidationError("--standalone writes Traefik's file provider, not CRDs") }
    }

    func run() throws {
        if capabilities {
            StandardOutput.write(CapabilityReport.render(target: target.flatMap(ExportTarget.init(rawValue:)), json: format == "json"))
            return
        }
        let target = ExportTarget(rawValue: self.target!)!
        let workspace = try Workspace.openReportingErrors(input, analysis)
        let options = ExportOptions(target: target, version: targetVersion, format: format, listen: listen.flatMap(ListenAddress.init),
                                    jobs: workspace.options.jobs)
        // The graph, and which files do not parse (SPP001): the other rules' findings are lint's.
        let analysis = workspace.analyse(reportedRules: [YAMLSyntaxRule.description.id])
        var notices = NoticeCollector()
        let plan = ExportPlan(analysis: analysis, notices: &notices)
        var text: String?
        do {
            text = try target.exporter.render(plan, options: options, notices: &notices)
        } catch {
            text = nil
        }
        // A file that does not parse may hide routes: no configuration from part of the inputs.
        let unreadable = analysis.report.diagnostics.filter { $0.id == "SPP001" }
        if !unreadable.isEmpty { text = nil }
        // The configuration's rule settings apply to notices too (off, or another severity).
        let settings = workspace.options.ruleSettings
        let helmNotes = analysis.context.helmNotes
        let noticeDiagnostics = notices.sorted.compactMap { notice -> Diagnostic? in
            let diagnostic = notice.diagnostic(related: helmNotes.notes(at: notice.location))
            switch settings[diagnostic.id] {
            case .off?: return notice.severity == .error ? diagnostic : nil
            case .severity(let severity)? where notice.severity != .error:
                return Diagnostic(id: diagnostic.id, severity: severity, message: diagnostic.message, location: diagnostic.location,
                                  path: diagnostic.path, object: diagnostic.object, related: diagnostic.related)
            default: return diagnostic
            }
        }
        let diagnostics = (unreadable + noticeDiagnostics).sorted(by: Diagnostic.reportOrder)
        let noticeReport = LintReport(diagnostics: diagnostics, suppressed: [], fileCount: workspace.files.count,
                                      objectCount: analysis.context.objects.count)
        let sources = workspace.sources(quotedBy: noticeReport.diagnostics)
        if let report {
            try AtomicFile.write(ReportRenderer(format: reportFormat ?? .json, generation: analysis.generation, style: TerminalStyle(enabled: false))
                .render(noticeReport, sources: sources), to: report)
        } else if !diagnostics.isEmpty || (reportFormat ?? .text) != .text {
            let format = reportFormat ?? .text
            let style = TerminalStyle(enabled: format == .text && color.enabled(for: STDERR_FILENO))
            let renderer = ReportRenderer(format: format, generation: analysis.generation, style: style, jobs: workspace.options.jobs)
            StandardError.write(renderer.render(noticeReport, sources: sources))
        }
        guard let text else { throw ExitCode(1) }
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            StandardOutput.write(text)
        }
        try workspace.failIfInputsWereUnreadable()
        if failOnLossy && diagnostics.contains(where: { $0.severity >= .warning }) { throw ExitCode(1) }
    }
}
