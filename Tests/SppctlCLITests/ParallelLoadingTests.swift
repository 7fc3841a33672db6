import Foundation
import SppctlTestSupport
import Testing

/// `--jobs` splits one large multi-document file at document boundaries across workers; the
/// output, line numbers included, is byte-identical to one worker's.
@Suite("Parallel loading gives the same output as one worker")
struct ParallelLoadingTests {
    /// About 3 MiB of documents with findings spread through it, and, when `broken`, a
    /// syntax error two thirds of the way in.
    static func largeFile(broken: Bool) -> String {
        var text = ""
        for index in 0..<6000 {
            if index > 0 { text += "---\n" }
            if broken && index == 4000 { text += "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [unclosed\n---\n" }
            text += FleetRoute.yaml(index, noteLength: 300)
        }
        return text
    }

    @Test("a large file linted (text, JSON) and explained with 1, 2 and 5 workers gives byte-identical output", arguments: [false, true])
    func identical(broken: Bool) throws {
        let directory = try TestPaths.temporaryDirectory()
        let text = Self.largeFile(broken: broken)
        #expect(text.utf8.count > 2 << 20)
        try text.write(to: directory.appendingPathComponent("fleet.yaml"), atomically: false, encoding: .utf8)
        var outputs: [String] = []
        for jobs in ["1", "2", "5"] {
            for format in ["text", "json"] {
                let result = try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "--jobs", jobs, "--format", format, "fleet.yaml"], in: directory)
                #expect(result.exitCode == 0)
                outputs.append(result.stdout)
            }
        }
        #expect(outputs[0] == outputs[2] && outputs[0] == outputs[4])
        #expect(outputs[1] == outputs[3] && outputs[1] == outputs[5])
        // The graph (routes resolved on several workers) explains the same way too.
        let explained = try ["1", "2", "5"].map { jobs in
            try Sppctl.run(["explain", "--no-config", "--jobs", jobs, "--format", "json", "fleet.yaml"], in: directory).stdout
        }
        #expect(explained[0].contains("\"routes\""))
        #expect(explained[0] == explained[1] && explained[0] == explained[2])
        // The last invalid duration before any syntax error: its line, counted in the text.
        let last = broken ? 97 * 41 : 97 * 61
        let marker = try #require(text.range(of: "sessionName: s-\(last), absoluteTimeout: 1d"))
        let line = text[..<marker.lowerBound].filter { $0 == "\n" }.count + 1
        #expect(outputs[0].contains("fleet.yaml:\(line):"), "line numbers of late documents are exact")
        if broken {
            #expect(outputs[0].contains("[SPP001]"))
            #expect(!outputs[0].contains("route-5000"), "nothing after a syntax error is analysed, as with one worker")
        }
    }

    @Test("a text report of thousands of findings, rendered in batches on the workers, is the same with 1, 2 and 3 of them")
    func textReportInBatches() throws {
        let directory = try TestPaths.temporaryDirectory()
        let routes = (0..<1000).map { index in
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r\(index), namespace: n}
            spec:
              rules:
              - sessionPersistence: {sessionName: "bad name \(index)", absoluteTimeout: 1d}
                backendRefs:
                - name: svc\(index)
                  port: 80

            """
        }
        try routes.joined(separator: "---\n").write(to: directory.appendingPathComponent("routes.yaml"), atomically: false, encoding: .utf8)
        let outputs = try ["1", "2", "3"].map { jobs in
            try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "--jobs", jobs, "routes.yaml"], in: directory).stdout
        }
        let lines = outputs[0].split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2000 * 3 + 2, "each finding with its excerpt and caret, then the summary")
        #expect(lines[0].hasPrefix("routes.yaml:6:39: error: sessionName \"bad name 0\""))
        #expect(lines[6 * 999 + 3].hasPrefix("routes.yaml:\(10 * 999 + 6):72: error: absoluteTimeout \"1d\""))
        #expect(lines[2000 * 3] == "2000 errors, 0 warnings, 0 infos in 1 file (1000 objects)")
        #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0])
    }

    @Test("a control character late in a large file is located where it is, and every document before its own is analysed, whatever the number of workers")
    func lateControlCharacter() throws {
        let directory = try TestPaths.temporaryDirectory()
        let marker = "sessionName: s-5000,"
        let text = Self.largeFile(broken: false).replacingOccurrences(of: marker, with: "sessionName: \"s-\u{01}\",")
        let offset = try #require(text.range(of: "\u{01}")).lowerBound
        let line = text[..<offset].filter { $0 == "\n" }.count + 1
        let column = text[..<offset].split(separator: "\n", omittingEmptySubsequences: false).last!.unicodeScalars.count + 1
        // libyaml's reader meets the character some way ahead of what has been parsed (where
        // depends on how the file is cut): the documents before its own count all the same.
        let documentsBefore = text[..<offset].components(separatedBy: "\n---\n").count - 1
        try text.write(to: directory.appendingPathComponent("fleet.yaml"), atomically: false, encoding: .utf8)
        var outputs: [String] = []
        for jobs in ["1", "2", "5"] {
            let result = try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "--jobs", jobs, "fleet.yaml"], in: directory)
            #expect(result.stdout.contains("fleet.yaml:\(line):\(column): error: control characters are not allowed [SPP001]"), "jobs \(jobs)")
            #expect(result.stdout.hasSuffix("in 1 file (\(documentsBefore) objects)\n"), "jobs \(jobs)")
            outputs.append(result.stdout)
        }
        #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0])
    }

    @Test("the first invalid UTF-8 byte, NUL byte or template action of a large file is found where it is, whatever the number of workers",
          arguments: ["invalid", "nul", "template"])
    func lateEncodingProblemAndTemplate(_ variant: String) throws {
        let directory = try TestPaths.temporaryDirectory()
        // Two of them, in different chunks when the file is cut: the earlier one is reported.
        var bytes: [UInt8] = []
        var marks: [Int] = []
        for (index, piece) in Self.largeFile(broken: false).components(separatedBy: "sessionName: s-").enumerated() {
            if index > 0 { bytes += Array("sessionName: s-".utf8) }
            if index == 1 + 97 * 30 || index == 1 + 97 * 55 {
                marks.append(bytes.count)
                switch variant {
                case "invalid": bytes += [0xC3, 0x28]
                case "nul": bytes += [0x00]
                default: bytes += Array("{{ .Values.name }}".utf8)
                }
            }
            bytes += Array(piece.utf8)
        }
        #expect(marks.count == 2 && bytes.count > 2 << 20)
        try Data(bytes).write(to: directory.appendingPathComponent("fleet.yaml"))
        let before = bytes[..<marks[0]]
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = String(decoding: before[(before.lastIndex(of: 0x0A)! + 1)...], as: UTF8.self).unicodeScalars.count + 1
        let message = switch variant {
        case "invalid": "error: invalid UTF-8: byte 0xC3 is not followed by a continuation byte [SPP001]"
        case "nul": "error: NUL byte: this is binary data, not YAML or JSON text [SPP001]"
        default: "warning: this is an unrendered Helm template"
        }
        let outputs = try ["1", "2", "5"].map { jobs in
            try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "--jobs", jobs, "fleet.yaml"], in: directory).stdout
        }
        #expect(outputs[0].hasPrefix("fleet.yaml:\(line):\(column): \(message)"))
        #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0])
    }

    @Test("the alias limit holds for a whole large file, not for each chunk of it, whatever the number of workers")
    func aliasLimitAcrossChunks() throws {
        let directory = try TestPaths.temporaryDirectory()
        // 4,000 Services, each expanding an anchor of 5 nodes 8 times: no document comes near
        // the limit of 100,000 alias nodes; the file passes it about two thirds of the way in.
        let text = (0..<4000).map { index in
            """
            apiVersion: v1
            kind: Service
            metadata: {name: s\(index)}
            spec:
              selector: &selector {a: '1', b: '2', note: "\(String(repeating: "x", count: 200))"}
              ports: [{name: http, port: 80}]
              copies: [*selector, *selector, *selector, *selector, *selector, *selector, *selector, *selector]

            """
        }.joined(separator: "---\n")
        #expect(text.utf8.count > 1 << 20)
        try text.write(to: directory.appendingPathComponent("aliases.yaml"), atomically: false, encoding: .utf8)
        let outputs = try ["1", "2", "5"].map { jobs in
            try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "--jobs", jobs, "aliases.yaml"], in: directory).stdout
        }
        #expect(outputs[0].contains("error: alias expansion exceeds 100000 nodes (an alias bomb?); the rest of the file is not loaded [SPP001]"))
        #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0])
    }
}
