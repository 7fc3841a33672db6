import Foundation
import SppctlTestSupport
import Testing

/// One scenario exported to one variant.
struct ExportCase: CustomTestStringConvertible, Sendable {
    let scenario: Scenario
    let variant: ExportVariant
    var testDescription: String { "\(scenario.name) → \(variant)" }

    static let all: [ExportCase] = Scenario.all.flatMap { scenario in ExportVariant.all.map { ExportCase(scenario: scenario, variant: $0) } }

    /// What the golden file holds: the configuration, the notices and the exit code.
    func run(_ files: [String]? = nil) throws -> String {
        let result = try Sppctl.run(["export", "--no-config"] + variant.arguments + scenario.arguments + (files ?? [scenario.directory]))
        return result.stdout + "--- notices ---\n" + result.stderr + "--- exit \(result.exitCode) ---\n"
    }
}

@Suite("Export: byte-exact goldens for every target × version × format × scenario")
struct ExportGoldenTests {
    @Test("the export matches its golden file, for any input order (SPPCTL_RECORD=1 records)", arguments: ExportCase.all)
    func golden(_ testCase: ExportCase) throws {
        let output = try testCase.run()
        let url = testCase.scenario.golden("export/\(testCase.variant).txt")
        if let difference = Golden.compare(output, with: url) { Issue.record("\(difference)") }
        let reversed = try testCase.run(testCase.scenario.files.reversed())
        #expect(reversed == output)
    }
}
