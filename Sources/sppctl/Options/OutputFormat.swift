import ArgumentParser

/// The report formats of `sppctl lint`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// `path:line:col: severity: message [ID]`, source excerpt, notes and a summary.
    case text
    /// One JSON object: `{"version": 1, "diagnostics": […], "summary": {…}}`.
    case json
}
