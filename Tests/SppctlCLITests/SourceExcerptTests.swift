import Foundation
import SppctlTestSupport
import Testing

/// The text report quotes each finding's line with a caret under its column; a line of
/// hundreds of kilobytes (minified JSON) is quoted as a window of it around the column.
@Suite("Long source lines are quoted around the column")
struct SourceExcerptTests {
    /// A List of `count` routes with an invalid duration each, on one line; `padding` goes into
    /// each route's annotations (ASCII or not).
    private static func minified(_ count: Int, padding: String) -> String {
        let items = (0..<count).map { index in
            #"{"apiVersion":"gateway.networking.k8s.io/v1","kind":"HTTPRoute","metadata":{"name":"r\#(index)","annotations":{"note":"\#(padding)"}},"#
                + #""spec":{"rules":[{"sessionPersistence":{"absoluteTimeout":"1d"},"backendRefs":[{"name":"s","port":80}]}]}}"#
        }
        return #"{"apiVersion":"v1","kind":"List","items":["# + items.joined(separator: ",") + "]}\n"
    }

    /// ASCII lines are cut by byte offsets; others are walked character by character (fewer
    /// findings keep the walk short in a debug build).
    @Test("each finding on a line of hundreds of KB quotes at most 160 characters, cut with …, the caret under its value",
          arguments: [("x", 1000), ("é", 500)])
    func window(_ letter: String, count: Int) throws {
        let directory = try TestPaths.temporaryDirectory()
        let text = Self.minified(count, padding: String(repeating: letter, count: 40))
        #expect(text.utf8.count > 120_000)
        try Data(text.utf8).write(to: directory.appendingPathComponent("mini.json"))
        let result = try Sppctl.run(["lint", "--no-config", "mini.json"], in: directory)
        #expect(result.exitCode == 1)
        #expect(result.stdout.utf8.count < 2_000_000)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let findings = lines.indices.filter { lines[$0].hasPrefix("mini.json:1:") }
        #expect(findings.count == count)
        for index in findings {
            let source = Array(lines[index + 1].unicodeScalars)
            let caret = Array(lines[index + 2].unicodeScalars)
            #expect(source.count <= 2 + 1 + 160 + 1, "finding at \(lines[index].prefix(20))")
            // The caret is under the opening quote of "1d".
            let column = caret.count - 1
            #expect(caret.last == "^" && column < source.count)
            #expect(String(String.UnicodeScalarView(source[column...].prefix(4))) == #""1d""#, "\(lines[index].prefix(20))")
        }
        // Windows are cut at both ends in the middle of the line, at one end at its ends.
        #expect(lines[findings[0] + 1].hasPrefix("  …") && lines[findings[0] + 1].hasSuffix("…"))
        #expect(lines[findings[count - 1] + 1].hasPrefix("  …") && lines[findings[count - 1] + 1].hasSuffix("]}"))
    }
}
