import PolicyModel

/// Renders a report as GitHub Actions workflow commands, one per finding:
/// `::error file=F,line=L,col=C,title=SPPnnn::message`, which GitHub shows inline on the
/// pull request at that line (`::warning` and `::notice` for the other severities). The
/// related places follow the message, a line each (`F:L:C: note: …`), as in the text report:
/// an annotation is all a reviewer sees of a finding.
struct GitHubReporter: Sendable {
    /// The workflow commands, one per line.
    func render(_ report: LintReport) -> String {
        report.diagnostics.map { diagnostic in
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            let location = diagnostic.location
            let properties = "file=\(Self.property(TerminalText.escaped(location.file))),line=\(location.line),col=\(location.column),title=\(Self.property(diagnostic.id))"
            // Each part escaped on its own: the line breaks between them are sppctl's.
            let notes = diagnostic.related.map { "\n" + TerminalText.escaped("\($0.location): note: \($0.message)") }.joined()
            return "::\(command) \(properties)::\(Self.data(TerminalText.escaped(diagnostic.markedMessage) + notes))\n"
        }.joined()
    }

    /// A command's data: `%`, CR and LF escaped as GitHub's runner unescapes them.
    static func data(_ text: String) -> String {
        text.replacing(scalar: "%", with: "%25").replacing(scalar: "\r", with: "%0D").replacing(scalar: "\n", with: "%0A")
    }

    /// A property value: as ``data(_:)``, and `:` and `,` too.
    static func property(_ text: String) -> String {
        data(text).replacing(scalar: ":", with: "%3A").replacing(scalar: ",", with: "%2C")
    }
}
