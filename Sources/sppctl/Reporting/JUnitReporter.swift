import PolicyModel

/// Renders a report as JUnit XML, which GitLab CI and most CI servers show as test results:
/// a testsuite per file, a failing testcase per finding (named by rule and position).
struct JUnitReporter: Sendable {
    /// The XML document.
    func render(_ report: LintReport) -> String {
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in report.diagnostics { byFile[diagnostic.location.file, default: []].append(diagnostic) }
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"sppctl\" tests=\"\(report.diagnostics.count)\" failures=\"\(report.diagnostics.count)\">\n"
        for file in byFile.keys.sorted() {
            let diagnostics = byFile[file]!
            output += "  <testsuite name=\"\(Self.escape(file))\" tests=\"\(diagnostics.count)\" failures=\"\(diagnostics.count)\">\n"
            for diagnostic in diagnostics {
                let location = diagnostic.location
                output += "    <testcase classname=\"\(Self.escape(file))\" name=\"\(diagnostic.id) \(location.line):\(location.column)\">\n"
                output += "      <failure type=\"\(diagnostic.severity.rawValue)\" message=\"\(Self.escape(diagnostic.markedMessage))\">"
                output += Self.escape("\(location): \(diagnostic.severity.rawValue): \(diagnostic.markedMessage) [\(diagnostic.id)]")
                output += "</failure>\n    </testcase>\n"
            }
            output += "  </testsuite>\n"
        }
        return output + "</testsuites>\n"
    }

    /// Text safe in XML content and attributes; characters XML 1.0 cannot hold become U+FFFD.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output += "&#\(scalar.value);"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
