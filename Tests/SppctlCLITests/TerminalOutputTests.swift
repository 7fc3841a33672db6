import Foundation
import SppctlTestSupport
import Testing

/// A manifest in a pull request must not be able to act on the terminal or the CI log that shows
/// sppctl's findings: no escape sequence reaches it, and no value starts a line of its own (a
/// forged finding, or a GitHub Actions `::` workflow command). Such characters are shown as
/// Swift escapes (`\n`, `\u{1B}`).
@Suite("Values and file names from the inputs cannot act on the terminal or the CI log")
struct TerminalOutputTests {
    /// A route whose session name carries a line break followed by a workflow command, escape
    /// sequences, a C0 and a C1 control, a line separator and a right-to-left override; its
    /// hostname and backend carry escape sequences too.
    private static let manifest = #"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
        spec:
          hostnames: ["a\e[2Jb.example.com"]
          rules:
          - sessionPersistence:
              sessionName: "bad\n::error file=x.yaml,line=1::forged\r\nx\x01\e]0;title\a\x85\u2028\u202Eend"
            backendRefs:
            - name: "svc\e[31m"
              port: 80

        """#

    /// The directory with the manifest, in a file whose name holds an escape sequence and a line break.
    private func directory() throws -> (URL, String) {
        let directory = try TestPaths.temporaryDirectory()
        let name = "evil\u{1B}[2J\n::warning::x.yaml"
        try Data(Self.manifest.utf8).write(to: directory.appendingPathComponent(name))
        return (directory, name)
    }

    /// Characters that a terminal or a log viewer acts on.
    private func actingCharacters(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) || [0x2028, 0x2029, 0x202E].contains(scalar.value)
        }
    }

    @Test("lint (text, in colour, and GitHub annotations) and explain (text) escape them; each finding stays on its own line",
          arguments: [["lint", "--color", "always"], ["lint", "--format", "github"], ["explain"]])
    func escaped(_ command: [String]) throws {
        let (directory, _) = try directory()
        let result = try Sppctl.run(command + ["--no-config", "."], in: directory)
        #expect(result.exitCode == (command == ["explain"] ? 0 : 1))
        // With colour, the only escape sequences are sppctl's own styles (`ESC [ digits m`).
        let unstyled = result.stdout.replacing(#/\u{1B}\[[0-9;]*m/#, with: "")
        #expect(actingCharacters(in: unstyled).isEmpty, "\(actingCharacters(in: unstyled).map { String($0.value, radix: 16) })")
        #expect(unstyled.contains(#"sessionName "bad\n::error file=x.yaml,line=1::forged\r\nx\u{01}\u{1B}]0;title\u{07}\u{0085}\u{2028}\u{202E}end""#))
        #expect(unstyled.contains(#"./evil\u{1B}[2J\n::warning::x.yaml:9:20"#) || unstyled.contains(#"file=./evil\u{1B}[2J\n%3A%3Awarning%3A%3Ax.yaml,line=9"#))
        // No line but sppctl's own annotations starts a workflow command.
        let commands = unstyled.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(commands.count == (command.contains("github") ? unstyled.split(separator: "\n").count : 0))
        #expect(!unstyled.contains("\n::error file=x.yaml"))
    }
}
