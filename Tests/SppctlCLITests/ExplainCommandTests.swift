import Foundation
import SppctlTestSupport
import Testing

@Suite("sppctl explain, status and rules")
struct ExplainCommandTests {
    /// Integration tests run real tools; they are skipped only when asked by hand.
    static let integration = ProcessInfo.processInfo.environment["SPPCTL_SKIP_INTEGRATION"] != "1"

    @Test("explain SPPnnn prints the rule's documentation, in any spelling")
    func explainRule() throws {
        let result = try Sppctl.run(["explain", "402"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("SPP402 zero-weight-reachable (warning, splitting)\n\na weight-0 backend still receives persistent sessions"))
        #expect(result.stdout.contains("Triggering examples (each finding is marked with ↓):"))
        #expect(result.stdout.contains("Non-triggering examples:"))
        let byName = try Sppctl.run(["explain", "zero-weight-reachable"])
        #expect(byName.stdout == result.stdout)
    }

    @Test("an unknown rule lists the close matches and exits 2")
    func unknownRule() throws {
        let result = try Sppctl.run(["explain", "SPP4O2"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("sppctl: error: unknown rule 'SPP4O2'; did you mean SPP402 (zero-weight-reachable)"))
    }

    @Test("rules lists every rule, as a table and as JSON")
    func rules() throws {
        let table = try Sppctl.run(["rules", "--no-config"])
        #expect(table.exitCode == 0)
        #expect(table.stdout.hasPrefix("ID      NAME"))
        #expect(table.stdout.contains("SPP301  service-affinity-conflict"))
        let json = try Sppctl.run(["rules", "--format", "json", "--no-config"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(rules.count == table.stdout.split(separator: "\n").count - 1)
        #expect(rules.first?["id"] == "SPP001")
    }

    @Test("--route and --service select; an unknown one is an error")
    func selection() throws {
        let service = try Sppctl.run(["explain", "--no-config", "--service", "shop/cart", "examples/"])
        #expect(service.exitCode == 0)
        #expect(service.stdout.contains("→ Service shop/cart:8080"))
        #expect(!service.stdout.contains("checkout"))
        let missing = try Sppctl.run(["explain", "--no-config", "--route", "nope", "examples/"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr == "sppctl: error: no HTTPRoute or GRPCRoute named 'nope' in the inputs\n")
    }

    @Test("mermaid and dot draw every scenario; Graphviz renders the dot output", .enabled(if: integration))
    func diagrams() throws {
        let dot = try #require(["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) },
                               "Graphviz is not installed: make test installs it (SPPCTL_SKIP_INTEGRATION=1 skips this)")
        for scenario in Scenario.all {
            let mermaid = try Sppctl.run(["explain", "--no-config", "--format", "mermaid"] + scenario.arguments + [scenario.directory])
            #expect(mermaid.exitCode == 0)
            #expect(mermaid.stdout.hasPrefix("flowchart LR\n"))
            let graph = try Sppctl.run(["explain", "--no-config", "--format", "dot"] + scenario.arguments + [scenario.directory])
            #expect(graph.stdout.hasPrefix("digraph sppctl {"))
            let rendered = try Sppctl.runProgram(URL(fileURLWithPath: dot), ["-Tsvg"], input: Data(graph.stdout.utf8))
            #expect(rendered.exitCode == 0, "\(scenario.name): \(rendered.stderr)")
            #expect(rendered.stdout.contains("<svg"))
        }
    }

    @Test("manifest text cannot change a diagram's structure", .enabled(if: integration))
    func diagramInjection() throws {
        let directory = try TestPaths.temporaryDirectory()
        let hostile = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
            spec:
              rules:
              - backendRefs:
                - {name: web, port: 80}
                sessionPersistence:
                  sessionName: "x\\"]; evil [label=\\"pwned"
                  absoluteTimeout: 1h

            """
        try hostile.write(to: directory.appendingPathComponent("route.yaml"), atomically: false, encoding: .utf8)
        let graph = try Sppctl.run(["explain", "--no-config", "--format", "dot", "route.yaml"], in: directory)
        #expect(!graph.stdout.contains("\n  evil"))
        let nodeLines = graph.stdout.split(separator: "\n").filter { $0.contains("[label=") && !$0.contains("->") }
        #expect(nodeLines.count == 3)
        let dot = try #require(["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) })
        let rendered = try Sppctl.runProgram(URL(fileURLWithPath: dot), ["-Tcanon"], input: Data(graph.stdout.utf8))
        #expect(rendered.exitCode == 0)
        #expect(!rendered.stdout.contains("\tevil"))
        #expect(rendered.stdout.contains("cookie x\\\"]; evil [label=\\\"pwned\""))
        let mermaid = try Sppctl.run(["explain", "--no-config", "--format", "mermaid", "route.yaml"], in: directory)
        #expect(!mermaid.stdout.contains("\"]; evil"))
    }
}
