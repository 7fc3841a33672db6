/// The outcome of a lint run.
public struct LintReport: Sendable {
    /// The diagnostics to report, in report order.
    public let diagnostics: [Diagnostic]
    /// Diagnostics silenced by `sppctl.io/ignore` annotations, in report order.
    public let suppressed: [Diagnostic]
    /// How many files were read.
    public let fileCount: Int
    /// How many objects were found.
    public let objectCount: Int

    /// Creates a report.
    public init(diagnostics: [Diagnostic], suppressed: [Diagnostic], fileCount: Int, objectCount: Int) {
        self.diagnostics = diagnostics
        self.suppressed = suppressed
        self.fileCount = fileCount
        self.objectCount = objectCount
    }

    /// How many diagnostics have `severity`.
    public func count(_ severity: Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
}
