import Foundation
import SppctlTestSupport
import Testing

/// Editors on Windows (and Windows PowerShell's `Out-File`) start UTF-8 files with a byte order
/// mark. YAML allows one there; a file that has one is the same manifests as the file without it.
@Suite("A file that starts with a UTF-8 byte order mark reads as the same file without it")
struct ByteOrderMarkTests {
    private static let mark = Data([0xEF, 0xBB, 0xBF])

    /// A route whose apiVersion (line 1, column 13) is refused, then one with an invalid duration.
    private static let small = """
        apiVersion: gateway.networking.k8s.io/v9
        kind: HTTPRoute
        metadata:
          name: r
        spec:
          rules:
          - backendRefs:
            - name: s
              port: 80
        ---

        """ + Fixtures.invalidDurationRoute

    /// About 3 MiB of documents (cut into chunks for several workers), the first line refused.
    private static var large: String {
        "apiVersion: gateway.networking.k8s.io/v9\n" + ParallelLoadingTests.largeFile(broken: false).drop { $0 != "\n" }.dropFirst()
    }

    /// A kubectl List of about 3 MiB (cut between its items for several workers).
    private static var list: String {
        "apiVersion: v1\nkind: List\nitems:\n" + (0..<6000).map { FleetRoute.listItem($0, noteLength: 300) }.joined()
            + "metadata:\n  resourceVersion: \"\"\n"
    }

    @Test("lint (text and JSON) and explain with 1 and 3 workers print the same, at the same lines and columns",
          arguments: ["small", "large", "list"])
    func sameAsWithout(_ name: String) throws {
        let text = name == "small" ? Self.small : name == "large" ? Self.large : Self.list
        let directory = try TestPaths.temporaryDirectory()
        try Data(text.utf8).write(to: directory.appendingPathComponent("plain.yaml"))
        try (Self.mark + Data(text.utf8)).write(to: directory.appendingPathComponent("marked.yaml"))
        for jobs in ["1", "3"] {
            for command in [["lint", "--fail-on", "never", "--format", "text"], ["lint", "--fail-on", "never", "--format", "json"],
                            ["explain", "--format", "json"]] {
                let arguments = command + ["--no-config", "--jobs", jobs]
                let plain = try Sppctl.run(arguments + ["plain.yaml"], in: directory)
                let marked = try Sppctl.run(arguments + ["marked.yaml"], in: directory)
                #expect(plain.exitCode == 0 && marked.exitCode == 0, "\(command) --jobs \(jobs)")
                #expect(marked.stdout.replacingOccurrences(of: "marked.yaml", with: "plain.yaml") == plain.stdout, "\(command) --jobs \(jobs)")
                #expect(marked.stderr == plain.stderr)
            }
        }
        // The refused apiVersion is found where it is written, and quoted without the mark.
        if name != "list" {
            let result = try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "marked.yaml"], in: directory)
            #expect(result.stdout.hasPrefix("""
                marked.yaml:1:13: error: HTTPRoute gateway.networking.k8s.io/v9 is not served by Gateway API v1.6
                """))
            #expect(result.stdout.contains("\n  apiVersion: gateway.networking.k8s.io/v9\n              ^\n"))
        }
    }

    @Test("a problem the text check finds on line 1 is at the column it has without the mark")
    func textProblemOnLineOne() throws {
        let directory = try TestPaths.temporaryDirectory()
        var text = Data("name: caf".utf8)
        text.append(contentsOf: [0xC3, 0x28])
        text.append(Data("\n".utf8))
        try (Self.mark + text).write(to: directory.appendingPathComponent("latin.yaml"))
        let result = try Sppctl.run(["lint", "--no-config", "latin.yaml"], in: directory)
        #expect(result.stdout.hasPrefix("latin.yaml:1:10: error: invalid UTF-8: byte 0xC3 is not followed by a continuation byte [SPP001]"))
    }
}
