import Foundation
import SppctlTestSupport
import Testing

/// libyaml also ends a line at U+0085, U+2028, U+2029 and a lone carriage return; editors,
/// `grep -n` and GitHub count lines by line feeds only. Text pasted into a value can hold
/// those characters, and every later finding of the file must still point at its line.
@Suite("Lines are counted by line feeds, as editors and grep count them")
struct UnusualLineBreakTests {
    /// The four breaks libyaml counts and sppctl does not.
    private static let breaks = "1\u{85}2\u{2028}3\u{2029}4\r5"

    /// `padding` ConfigMaps (bodies skipped) whose values hold the breaks, then: a ConfigMap
    /// with a duplicate key after a break on its line; a route whose kind comes after its body
    /// (parsed again) with a break before its finding; a route with a duplicate key after a
    /// break on its line and an unknown field after another; when `broken`, a syntax error.
    static func text(padding: Int, broken: Bool) -> String {
        var text = ""
        for index in 0..<padding {
            text += "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c\(index)}\ndata: {a: \"\(breaks)\", b: x}\n---\n"
        }
        text += "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: dup}\ndata: {k: \"x\u{2028}y\", k: z}\n---\n"
        text += """
            metadata: {name: late, annotations: {note: "p\u{2028}q\r"}}
            spec:
              rules:
              - backendRefs: [{name: s, port: 80}]
                sessionPersistence: {sessionName: "bad one"}
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r, annotations: {n: "a\u{2028}b", n: c}}
            spec:
              rules:
              - backendRefs: [{name: s, port: 80}]
                sessionPersistence: {sessionName: "\u{85}", cookieName: x}

            """
        if broken { text += "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: \"\u{2029}\", labels: [x}\n" }
        return text
    }

    /// The 1-based line and column (in Unicode scalars) of the first `marker` after `after` in `text`, counted by line feeds.
    private static func position(of marker: String, after: String = "", in text: String) throws -> String {
        let start = after.isEmpty ? text.startIndex : try #require(text.range(of: after)).upperBound
        let found = try #require(text.range(of: marker, range: start..<text.endIndex))
        let before = text[..<found.lowerBound].unicodeScalars
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return "\(line):\(column)"
    }

    @Test("findings after the breaks are at their lines and columns, with 1 and 2 workers (the file cut into chunks)",
          arguments: [false, true])
    func findingsAtTheirLines(broken: Bool) throws {
        let directory = try TestPaths.temporaryDirectory()
        let text = Self.text(padding: 16_000, broken: broken)
        #expect(text.utf8.count > 1 << 20, "large enough to be cut into chunks for two workers")
        try Data(text.utf8).write(to: directory.appendingPathComponent("breaks.yaml"))
        let outputs = try ["1", "2"].map { jobs in
            try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "--jobs", jobs, "--format", "github", "breaks.yaml"], in: directory)
        }
        #expect(outputs[0].exitCode == 0)
        #expect(outputs[1].stdout == outputs[0].stdout)
        let found = outputs[0].stdout.split(separator: "\n").compactMap { line -> String? in
            guard let file = line.range(of: "file=breaks.yaml,line="), let end = line.range(of: ",title=") else { return nil }
            let place = line[file.upperBound..<end.lowerBound].replacingOccurrences(of: ",col=", with: ":")
            return "\(place) \(line[end.upperBound...].prefix(6))"
        }
        var expected = [
            "\(try Self.position(of: "k: z", after: "name: dup", in: text)) SPP002",
            "\(try Self.position(of: "sessionPersistence", after: "name: late", in: text)) SPP109",
            "\(try Self.position(of: "\"bad one\"", in: text)) SPP104",
            "\(try Self.position(of: "n: c", after: "name: r,", in: text)) SPP002",
            "\(try Self.position(of: "sessionPersistence", after: "name: r,", in: text)) SPP109",
            "\(try Self.position(of: "\"\u{85}\", cookieName", in: text)) SPP104",
            "\(try Self.position(of: "cookieName", in: text)) SPP004",
        ]
        if broken { expected.append("\(try Self.position(of: "}\n", after: "labels: [x", in: text)) SPP001") }
        #expect(found.sorted() == expected.sorted(), "\(outputs[0].stdout.prefix(3000))")
        if broken {
            // libyaml's context of the error is given at sppctl's line and column too.
            let context = try Self.position(of: "[x}", in: text).split(separator: ":")
            #expect(outputs[0].stdout.contains("(while parsing a flow sequence at line \(context[0]) column \(context[1]))"))
        }
    }
}
