import Foundation
import SppctlTestSupport
import Testing

/// lint, explain and status read one analysis: what explain shows is what lint judged, with
/// the same configuration, and every rejection explain shows names a finding lint reports.
@Suite("One analysis for every command")
struct AnalysisAgreementTests {
    private struct Finding: Hashable, CustomStringConvertible {
        let id: String
        let file: String
        let line: Int
        let column: Int
        let message: String
        var description: String { "\(file):\(line):\(column) \(id) \(message)" }

        init?(_ json: [String: Any]) {
            guard let id = json["id"] as? String, let file = json["file"] as? String, let line = json["line"] as? Int,
                  let column = json["column"] as? Int, let message = json["message"] as? String else { return nil }
            self.id = id
            self.file = file
            self.line = line
            self.column = column
            self.message = message
        }
    }

    private static func json(_ result: CommandResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// Every value under a key named `key`, anywhere in a JSON document.
    private static func values(_ key: String, in value: Any) -> [Any] {
        if let object = value as? [String: Any] {
            return object.flatMap { entry in (entry.key == key ? [entry.value] : []) + values(key, in: entry.value) }
        }
        if let array = value as? [Any] { return array.flatMap { values(key, in: $0) } }
        return []
    }

    @Test("explain shows exactly lint's findings about the routes and policies it explains", arguments: Scenario.all)
    func explainAgreesWithLint(_ scenario: Scenario) throws {
        let lint = try Self.json(Sppctl.run(["lint", "--no-config", "--fail-on", "never", "--format", "json"] + scenario.arguments
            + [scenario.directory]))
        let explain = try Self.json(Sppctl.run(["explain", "--no-config", "--format", "json"] + scenario.arguments + [scenario.directory]))
        let linted = ((lint as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? [])
        let shown = Self.values("findings", in: explain).flatMap { ($0 as? [[String: Any]]) ?? [] }.compactMap(Finding.init)
        let explained = Set(((explain as? [String: Any])?["routes"] as? [[String: Any]] ?? []).map { "\($0["kind"]!) \($0["namespace"]!)/\($0["name"]!)" }
            + ((explain as? [String: Any])?["policies"] as? [[String: Any]] ?? []).map { "\($0["kind"]!) \($0["namespace"]!)/\($0["name"]!)" })
        let expected = linted.filter { diagnostic in
            guard let object = diagnostic["object"] as? [String: Any] else { return false }
            return explained.contains("\(object["kind"]!) \(object["namespace"]!)/\(object["name"]!)")
        }.compactMap(Finding.init)
        #expect(Set(shown) == Set(expected), "explain only: \(Set(shown).subtracting(expected)); lint only: \(Set(expected).subtracting(shown))")
        #expect(shown.count == Set(shown).count, "explain shows a finding twice")

        // Each rejection names a finding that lint reports, at the same place; it is written
        // once, and the refusals and backends refer to it by its index.
        let places = Set(linted.compactMap { Finding($0) }.map { "\($0.id)@\($0.file):\($0.line):\($0.column)" })
        let table = ((explain as? [String: Any])?["rejections"] as? [[String: Any]]) ?? []
        for rejection in table {
            let place = "\(rejection["rule"]!)@\(rejection["file"]!):\(rejection["line"]!):\(rejection["column"]!)"
            #expect(places.contains(place), "rejection \(place) has no lint finding")
        }
        #expect(Set(table.map { "\($0)" }).count == table.count, "a rejection is written twice")
        let references = (Self.values("refusal", in: explain) + Self.values("rejections", in: explain).flatMap { ($0 as? [Any]) ?? [] })
            .compactMap { $0 as? Int }
        #expect(Set(references) == Set(table.indices), "references \(Set(references)), table of \(table.count)")
    }

    @Test("lint, explain and status read one configuration; a broken one exits 2 for each")
    func oneConfiguration() throws {
        let directory = try TestPaths.temporaryDirectory()
        let manifest = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
            spec:
              rules:
              - backendRefs:
                - {name: web, port: 80}
                sessionPersistence:
                  sessionName: web
                  absoluteTimeout: 2h
                  cookieConfig:
                    lifetimeType: Session

            """
        try manifest.write(to: directory.appendingPathComponent("route.yaml"), atomically: false, encoding: .utf8)
        let configuration = "implementation: envoy-gateway\nlongSession: 1h\nrules:\n  SPP302: off\n"
        try configuration.write(to: directory.appendingPathComponent(".sppctl.yaml"), atomically: false, encoding: .utf8)

        let lint = try Sppctl.run(["lint", "--format", "json", "--fail-on", "never", "route.yaml"], in: directory)
        let ids = Set(Self.values("id", in: try Self.json(lint)).compactMap { $0 as? String })
        // longSession 1h makes SPP110 fire; envoy-gateway makes SPP304 say the timeout is not enforced.
        #expect(ids == ["SPP110", "SPP304"], "\(lint.stdout)")
        let explain = try Sppctl.run(["explain", "--format", "json", "route.yaml"], in: directory)
        let explained = try Self.json(explain)
        #expect(Set(Self.values("id", in: explained).compactMap { $0 as? String }) == ids)
        #expect((explained as? [String: Any])?["implementation"] as? String == "envoy-gateway")
        let status = try Sppctl.run(["status", "route.yaml"], in: directory)
        #expect(status.exitCode == 0)

        try "implementation: traefik\n".write(to: directory.appendingPathComponent(".sppctl.yaml"), atomically: false, encoding: .utf8)
        for arguments in [["lint", "route.yaml"], ["explain", "route.yaml"], ["status", "route.yaml"], ["explain", "SPP101"], ["rules"]] {
            let broken = try Sppctl.run(arguments, in: directory)
            #expect(broken.exitCode == 2, "\(arguments)")
            #expect(broken.stderr.hasPrefix("sppctl: error: bad configuration "), "\(arguments): \(broken.stderr)")
        }
    }
}
