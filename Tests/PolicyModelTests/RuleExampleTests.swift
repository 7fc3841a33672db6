import PolicyModel
import SppctlTestSupport
import Testing

/// One example of one rule, as a test case.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
    let rule: RuleDescription
    let example: RuleExample
    let triggering: Bool
    let number: Int

    var testDescription: String {
        "\(rule.id) \(rule.name) \(triggering ? "triggering" : "non-triggering") #\(number)"
    }

    static let all: [RuleExampleCase] = RuleRegistry.descriptions.flatMap { rule in
        rule.triggeringExamples.enumerated().map { RuleExampleCase(rule: rule, example: $0.element, triggering: true, number: $0.offset + 1) }
            + rule.nonTriggeringExamples.enumerated().map { RuleExampleCase(rule: rule, example: $0.element, triggering: false, number: $0.offset + 1) }
    }
}

@Suite("Every rule's own examples")
struct RuleExampleTests {
    @Test("each example triggers exactly at its ↓ markers, or not at all", arguments: RuleExampleCase.all)
    func example(_ testCase: RuleExampleCase) {
        let (yaml, markers) = testCase.example.cleaned
        let report = InMemoryLint.report(yaml, generation: testCase.example.generation ?? .default,
                                         implementation: testCase.example.implementation ?? .default, beside: testCase.example.beside)
        // Markers are in the example, not in the file beside it.
        let found = report.diagnostics.filter { $0.id == testCase.rule.id && $0.location.file == "example.yaml" }
            .map { "\($0.location.line):\($0.location.column)" }
        let expected = markers.map { "\($0.line):\($0.column)" }
        let location = SourceLocation(fileID: "PolicyModel/\(testCase.rule.id)", filePath: testCase.example.file,
                                      line: testCase.example.line, column: 1)
        if testCase.triggering {
            #expect(!expected.isEmpty, "a triggering example needs at least one ↓ marker", sourceLocation: location)
            #expect(found == expected, "\(report.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id) \($0.message)" })",
                    sourceLocation: location)
        } else {
            #expect(expected.isEmpty, "non-triggering examples carry no marker", sourceLocation: location)
            #expect(found.isEmpty, "\(report.diagnostics.filter { $0.id == testCase.rule.id }.map(\.message))", sourceLocation: location)
        }
    }

    @Test("every rule has triggering and non-triggering examples")
    func everyRuleHasExamples() {
        for rule in RuleRegistry.descriptions {
            #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }
}
