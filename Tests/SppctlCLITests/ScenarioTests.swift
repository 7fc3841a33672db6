import Foundation
import SppctlTestSupport
import Testing

/// One folder of `testdata/scenarios/`: manifests for one GEP scenario. A `# args:` comment
/// in a manifest gives extra arguments (such as `--gateway-api v1.1.0`).
struct Scenario: CustomTestStringConvertible, Sendable {
    let name: String
    var testDescription: String { name }

    static var all: [Scenario] {
        let directory = TestPaths.testdata.appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map(Scenario.init)
    }

    var directory: String { "testdata/scenarios/\(name)" }

    var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.packageRoot.appendingPathComponent(directory).path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(directory)/\($0)" }
    }

    var arguments: [String] {
        for file in files {
            let text = (try? String(contentsOf: TestPaths.packageRoot.appendingPathComponent(file), encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("# args:") }) {
                return line.dropFirst("# args:".count).split(separator: " ").map(String.init)
            }
        }
        return []
    }

    func golden(_ name: String) -> URL {
        TestPaths.testdata.appendingPathComponent("golden/\(self.name)/\(name)")
    }
}

@Suite("GEP scenarios: findings and byte-exact golden output")
struct ScenarioTests {
    @Test("scenarios exist")
    func scenariosExist() {
        #expect(Scenario.all.count >= 16)
    }

    @Test("lint text and JSON match the goldens, for any input order", arguments: Scenario.all)
    func lint(_ scenario: Scenario) throws {
        let text = try Sppctl.run(["lint", "--no-config", "--fail-on", "never"] + scenario.arguments + [scenario.directory])
        #expect(text.exitCode == 0)
        if let difference = Golden.compare(text.stdout, with: scenario.golden("lint.txt")) { Issue.record("\(difference)") }

        let json = try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "--format", "json"] + scenario.arguments + [scenario.directory])
        if let difference = Golden.compare(json.stdout, with: scenario.golden("lint.json")) { Issue.record("\(difference)") }

        let reversed = try Sppctl.run(["lint", "--no-config", "--fail-on", "never"] + scenario.arguments + scenario.files.reversed())
        #expect(reversed.stdout == text.stdout)
        let oneWorker = try Sppctl.run(["lint", "--no-config", "--fail-on", "never", "--jobs", "1"] + scenario.arguments + [scenario.directory])
        #expect(oneWorker.stdout == text.stdout, "--jobs 1 must give the same output")
    }

    @Test("explain (text, JSON) and status match the goldens, for any input order", arguments: Scenario.all)
    func explainAndStatus(_ scenario: Scenario) throws {
        let text = try Sppctl.run(["explain", "--no-config"] + scenario.arguments + [scenario.directory])
        #expect(text.exitCode == 0, "\(text.stderr)")
        if let difference = Golden.compare(text.stdout, with: scenario.golden("explain.txt")) { Issue.record("\(difference)") }
        let json = try Sppctl.run(["explain", "--no-config", "--format", "json"] + scenario.arguments + [scenario.directory])
        if let difference = Golden.compare(json.stdout, with: scenario.golden("explain.json")) { Issue.record("\(difference)") }
        let status = try Sppctl.run(["status", "--no-config"] + scenario.arguments + [scenario.directory])
        #expect(status.exitCode == 0, "\(status.stderr)")
        if let difference = Golden.compare(status.stdout, with: scenario.golden("status.yaml")) { Issue.record("\(difference)") }

        let reversed = try Sppctl.run(["explain", "--no-config", "--format", "json"] + scenario.arguments + scenario.files.reversed())
        #expect(reversed.stdout == json.stdout)
    }

    @Test("the clean configurations produce no finding at all")
    func cleanIsSilent() throws {
        for scenario in Scenario.all where scenario.name.hasPrefix("clean-") {
            let result = try Sppctl.run(["lint", "--no-config", "--fail-on", "warning", scenario.directory])
            #expect(result.exitCode == 0, "\(scenario.name): \(result.stdout)")
        }
    }
}
