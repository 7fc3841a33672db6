import Foundation
import PolicyModel
import SppctlTestSupport
import Testing

@Suite("The rule registry")
struct RuleRegistryTests {
    @Test("IDs and names are unique and well-formed")
    func uniqueIDs() {
        let ids = RuleRegistry.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        let names = RuleRegistry.descriptions.map(\.name)
        #expect(Set(names).count == names.count)
        for description in RuleRegistry.descriptions {
            #expect(description.id.wholeMatch(of: /SPP[0-9]{3}/) != nil, "\(description.id)")
            #expect(description.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(description.name)")
            #expect(!description.summary.hasSuffix("."), "\(description.id): summaries have no trailing period")
        }
    }

    @Test("every file under Lint/Rules is registered, and each is named after its rule type")
    func everyRuleFileRegistered() throws {
        let rulesDirectory = TestPaths.packageRoot.appendingPathComponent("Sources/PolicyModel/Lint/Rules")
        let enumerator = FileManager.default.enumerator(atPath: rulesDirectory.path)
        var fileTypes: Set<String> = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix("Rule.swift") else { continue }
            fileTypes.insert(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        }
        let registered = Set(RuleRegistry.ruleTypes.map { String(describing: $0) })
        #expect(fileTypes == registered)
    }

    @Test("rule lookups accept loose IDs and suggest close ones")
    func lookups() {
        #expect(RuleRegistry.description(for: "spp101")?.id == "SPP101")
        #expect(RuleRegistry.description(for: "101")?.id == "SPP101")
        #expect(RuleRegistry.description(for: "invalid-duration")?.id == "SPP101")
        #expect(RuleRegistry.description(for: "SPP999") == nil)
        #expect(RuleRegistry.closeMatches(to: "SPP11").map(\.id).contains("SPP110"))
    }
}
