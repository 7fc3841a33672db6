import Foundation

/// Golden files: expected output kept in the repository. With `SPPCTL_RECORD=1` a mismatch
/// rewrites the file (and the test still fails, so a recording is never silent).
public enum Golden {
    /// Compares `actual` with the file at `url`; returns a readable difference, or `nil` when equal.
    public static func compare(_ actual: String, with url: URL) -> String? {
        let expected = (try? String(contentsOf: url, encoding: .utf8))
        if expected == actual { return nil }
        if ProcessInfo.processInfo.environment["SPPCTL_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: false, encoding: .utf8)
            return "recorded a new \(url.lastPathComponent); run the tests again"
        }
        guard let expected else { return "missing golden file \(url.path) (run with SPPCTL_RECORD=1 to create it)" }
        return difference(expected: expected, actual: actual, name: url.lastPathComponent)
    }

    /// The first differing line of two texts, with context.
    public static func difference(expected: String, actual: String, name: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let right = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if left != right {
                return "\(name) differs at line \(index + 1):\n  expected: \(left)\n  actual:   \(right)"
            }
        }
        return "\(name) differs"
    }
}
