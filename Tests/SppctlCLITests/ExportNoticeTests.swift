import Foundation
import Exporters
import PolicyModel
import SppctlTestSupport
import Testing

/// One example of one export notice.
struct NoticeExampleCase: CustomTestStringConvertible, Sendable {
    let rule: RuleDescription
    let example: RuleExample
    let triggering: Bool
    let number: Int
    var testDescription: String { "\(rule.id) \(rule.name) \(triggering ? "triggering" : "non-triggering") #\(number)" }

    static let all: [NoticeExampleCase] = NoticeCatalogue.descriptions.flatMap { rule in
        rule.triggeringExamples.enumerated().map { NoticeExampleCase(rule: rule, example: $0.element, triggering: true, number: $0.offset + 1) }
            + rule.nonTriggeringExamples.enumerated().map { NoticeExampleCase(rule: rule, example: $0.element, triggering: false, number: $0.offset + 1) }
    }
}

@Suite("Export notices: documented, exact, and what --fail-on-lossy, -o and unsafe values do")
struct ExportNoticeTests {
    @Test("each notice example gives its notice exactly at its ↓ markers, or not at all", arguments: NoticeExampleCase.all)
    func example(_ testCase: NoticeExampleCase) throws {
        let (yaml, markers) = testCase.example.cleaned
        let directory = try TestPaths.temporaryDirectory()
        try yaml.write(to: directory.appendingPathComponent("example.yaml"), atomically: false, encoding: .utf8)
        let target = try #require(testCase.example.exportTarget, "an export notice's example names its target").split(separator: "@").map(String.init)
        let version = target.count > 1 ? ["--target-version", target[1]] : []
        let result = try Sppctl.run(["export", "--no-config", "--target", target[0], "--report", "notices.json"] + version + ["example.yaml"], in: directory)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("notices.json"))) as? [String: Any]
        let found = (report?["diagnostics"] as? [[String: Any]] ?? []).filter { $0["id"] as? String == testCase.rule.id }
            .map { "\($0["line"]!):\($0["column"]!)" }
        let expected = markers.map { "\($0.line):\($0.column)" }
        if testCase.triggering {
            #expect(!expected.isEmpty)
            #expect(found == expected, "\(report ?? [:])")
        } else {
            #expect(found.isEmpty, "\(report ?? [:])")
        }
    }

    @Test("explain documents the notices; rules lists them")
    func documented() throws {
        let explain = try Sppctl.run(["explain", "SPP602"])
        #expect(explain.exitCode == 0)
        #expect(explain.stdout.hasPrefix("SPP602 lossy (warning, export)"))
        #expect(explain.stdout.contains("(sppctl export --target haproxy)"))
        let rules = try Sppctl.run(["rules", "--no-config"])
        for id in ["SPP601", "SPP602", "SPP603", "SPP604"] { #expect(rules.stdout.contains("\n\(id)  ")) }
    }

    @Test("exit 0 when a configuration is written; --fail-on-lossy exits 1 on a warning; --capabilities prints the table")
    func exitCodes() throws {
        let written = try Sppctl.run(["export", "--no-config", "--target", "haproxy", "testdata/scenarios/clean-secure-cookie"])
        #expect(written.exitCode == 0)
        #expect(written.stderr.contains("[SPP602]"))
        let strict = try Sppctl.run(["export", "--no-config", "--target", "haproxy", "--fail-on-lossy", "testdata/scenarios/clean-secure-cookie"])
        #expect(strict.exitCode == 1)
        #expect(strict.stdout == written.stdout)
        let table = try Sppctl.run(["export", "--capabilities", "--target", "traefik"])
        #expect(table.exitCode == 0)
        #expect(table.stdout.contains("traefik  v2       permanent-cookie  needs-version  needs Traefik v3.0: sticky.cookie.maxAge"))
        let json = try Sppctl.run(["export", "--capabilities", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == ExportVariant.all.map { "\($0.target)-\($0.version)" }.reduce(into: Set<String>()) { $0.insert($1) }.count * Capability.allCases.count)
        let usage = try Sppctl.run(["export", "--no-config", "--target", "haproxy", "--standalone", "testdata/scenarios/clean-secure-cookie"])
        #expect(usage.exitCode == 2)
        #expect(usage.stderr.contains("--standalone and --listen ADDR:PORT go together"))
    }

    /// An HTTPRoute to Service web with cookie persistence, which exports cleanly.
    private static let webRoute = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: web}
        spec:
          rules:
          - backendRefs: [{name: web, port: 80}]
            sessionPersistence: {sessionName: web, absoluteTimeout: 1h}

        """

    @Test("an input that does not parse writes no configuration (SPP001, exit 1); lint's other findings stop nothing, and neither export nor status reports them")
    func unreadableInputStopsExport() throws {
        let route = Self.webRoute.replacingOccurrences(of: "[{name: web, port: 80}]",
                                                       with: "[{name: web, port: 80}, {name: other, port: 80, weight: 0}]")
        let directory = try TestPaths.temporaryDirectory(with: ["route.yaml": route])
        // lint has a finding here (a weight-0 backend sessions still reach) …
        let lint = try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "route.yaml"], in: directory)
        #expect(lint.stdout.contains("warning: Service default/other has weight 0 here but still receives clients pinned to it"))
        // … which export and status neither report nor stop at.
        let exported = try Sppctl.run(["export", "--no-config", "--target", "haproxy", "route.yaml"], in: directory)
        #expect(exported.exitCode == 0)
        #expect(exported.stdout.contains("cookie web insert"))
        #expect(!exported.stderr.contains("[SPP402]"))
        let status = try Sppctl.run(["status", "--no-config", "route.yaml"], in: directory)
        #expect(status.exitCode == 0)
        #expect(!status.stdout.contains("SPP402") && !status.stderr.contains("SPP402"))
        try "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [unclosed\n".write(to: directory.appendingPathComponent("broken.yaml"), atomically: false,
                                                                                  encoding: .utf8)
        let stopped = try Sppctl.run(["export", "--no-config", "--target", "haproxy", "."], in: directory)
        #expect(stopped.exitCode == 1)
        #expect(stopped.stdout.isEmpty)
        #expect(stopped.stderr.contains("broken.yaml:4:1: error: ") && stopped.stderr.contains("[SPP001]"))
    }

    @Test("-o writes atomically; an unsafe value writes nothing, not even over an existing file")
    func atomicOutput() throws {
        let directory = try TestPaths.temporaryDirectory()
        let good = Self.webRoute
        try good.write(to: directory.appendingPathComponent("route.yaml"), atomically: false, encoding: .utf8)
        let first = try Sppctl.run(["export", "--no-config", "--target", "haproxy", "-o", "out.cfg", "route.yaml"], in: directory)
        #expect(first.exitCode == 0)
        let written = try String(contentsOf: directory.appendingPathComponent("out.cfg"), encoding: .utf8)
        #expect(written.contains("cookie web insert"))
        try good.replacingOccurrences(of: "sessionName: web", with: "sessionName: \"web;x\"")
            .write(to: directory.appendingPathComponent("route.yaml"), atomically: false, encoding: .utf8)
        let refused = try Sppctl.run(["export", "--no-config", "--target", "haproxy", "-o", "out.cfg", "route.yaml"], in: directory)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("error: cookie name \"web;x\" is not an RFC 7230 token"))
        #expect(try String(contentsOf: directory.appendingPathComponent("out.cfg"), encoding: .utf8) == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["out.cfg", "route.yaml"])
    }

    @Test("an unsafe value stops the export where it is: the notices of the routes before it and its own, with any number of workers")
    func unsafeValueStopsInRouteOrder() throws {
        let directory = try TestPaths.temporaryDirectory()
        let routes = [(1, "10.0.0.1"), (2, "a b"), (3, "10.0.0.3")].map { index, address in
            ServiceWithSlice.yaml(name: "web\(index)", address: "\"\(address)\"") + """
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web\(index)}
            spec:
              rules:
              - backendRefs: [{name: web\(index), port: 80}]
                sessionPersistence: {sessionName: s\(index), absoluteTimeout: \(index)0h}

            """
        }
        try routes.joined(separator: "---\n").write(to: directory.appendingPathComponent("routes.yaml"), atomically: false, encoding: .utf8)
        let results = try ["1", "2", "3"].map { jobs in
            try Sppctl.run(["export", "--no-config", "--jobs", jobs, "--target", "envoy", "routes.yaml"], in: directory)
        }
        let lines = results[0].stderr.split(separator: "\n").filter { $0.hasPrefix("routes.yaml:") }.map { String($0.prefix(while: { $0 != " " })) }
        // web1's two warnings, web2's unsafe address and its two warnings; nothing of web3.
        #expect(lines == ["routes.yaml:22:5:", "routes.yaml:22:60:", "routes.yaml:44:19:", "routes.yaml:45:5:", "routes.yaml:45:60:"])
        #expect(results[0].stderr.contains("routes.yaml:44:19: error: the endpoint address \"a b\" cannot be written safely into Envoy configuration"))
        for result in results {
            #expect(result.exitCode == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == results[0].stderr)
        }
    }
}

@Suite("The README's export examples are real")
struct ReadmeExportTests {
    @Test("each target's example in the README is what sppctl prints today, notices included")
    func readmeExamples() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var checked = 0
        for target in ["haproxy", "nginx", "traefik", "kong", "envoy"] {
            let command = "$ sppctl export --target \(target) examples/checkout\n"
            let start = try #require(readme.range(of: "```console\n" + command), "README has no export example for \(target)")
            let rest = readme[start.upperBound...]
            let noticesEnd = try #require(rest.range(of: "\n```\n```"))
            let notices = String(rest[..<noticesEnd.lowerBound])
            let configStart = try #require(rest[noticesEnd.upperBound...].firstIndex(of: "\n"))
            let configEnd = try #require(rest[configStart...].range(of: "\n```\n"))
            let config = String(rest[rest.index(after: configStart)..<configEnd.lowerBound])
            let result = try Sppctl.run(["export", "--no-config", "--target", target, "examples/checkout"])
            #expect(result.exitCode == 0)
            #expect(result.stdout.trimmingCharacters(in: .newlines) == config, "README's \(target) configuration is stale")
            #expect(result.stderr.trimmingCharacters(in: .newlines) == notices, "README's \(target) notices are stale")
            checked += 1
        }
        #expect(checked == 5)
    }
}
