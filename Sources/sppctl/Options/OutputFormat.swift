import ArgumentParser

/// The report formats of `sppctl lint`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// `path:line:col: severity: message [ID]`, source excerpt, notes and a summary.
    case text
    /// One JSON object: `{"version": 1, "diagnostics": […], "summary": {…}}`.
    case json
    /// SARIF 2.1.0, for code scanning (GitHub) and other SARIF viewers.
    case sarif
    /// GitHub Actions workflow commands: annotations on the pull request.
    case github
    /// JUnit XML: a testsuite per file, a failing testcase per finding.
    case junit
}
