import Testing
@testable import PolicyModel

/// A path is kept compact (steps in one word) when it can be and as text otherwise; both must
/// render, compare, hash and name their fields exactly as the text would.
@Suite struct FieldPathTests {
    /// The same path made step by step and written out, in each way a path can be kept.
    private static let cases: [(made: FieldPath, text: String)] = [
        (.root, ""),
        (FieldPath.spec.child("rules").index(0).child("backendRefs").index(3).child("weight"), "spec.rules[0].backendRefs[3].weight"),
        (FieldPath.spec.child("rules").index(1).child("sessionPersistence").child("cookieConfig").child("lifetimeType"),
         "spec.rules[1].sessionPersistence.cookieConfig.lifetimeType"),
        (FieldPath.root.index(2), "[2]"),
        (FieldPath.spec.child("listeners").index(0).index(1), "spec.listeners[0][1]"),
        // Not compact: a name outside the table, an index of 128, a ninth step, a name with a dot.
        (FieldPath.metadata.child("annotations").child("sppctl.io/session-name"), "metadata.annotations.sppctl.io/session-name"),
        (FieldPath.spec.child("rules").index(128).child("name"), "spec.rules[128].name"),
        (FieldPath.spec.child("rules").index(0).child("backendRefs").index(1).child("filters").index(2).child("type").child("value"),
         "spec.rules[0].backendRefs[1].filters[2].type.value"),
        (FieldPath.spec.child("rules.name"), "spec.rules.name"),
        (FieldPath.spec.child("unknownField").child("rules"), "spec.unknownField.rules"),
        (FieldPath.spec.child("").child("name"), "spec..name"),
    ]

    @Test func madeAndWrittenPathsRenderCompareAndHashAlike() {
        for (made, text) in Self.cases {
            let written = FieldPath(text)
            #expect(made.description == text)
            #expect(written.description == text)
            #expect(made == written, "\(text)")
            #expect(made.hashValue == written.hashValue, "\(text)")
            #expect(Set([made, written]).count == 1)
        }
        // Distinct paths stay distinct, compact or not.
        let all = Self.cases.map(\.made)
        #expect(Set(all).count == all.count)
        #expect(FieldPath("spec.rules[0]") != FieldPath("spec.rules[1]"))
        #expect(FieldPath("spec.rules[0]") != FieldPath("spec.rules"))
        #expect(FieldPath("spec.rules[01]").description == "spec.rules[01]")
        #expect(FieldPath("spec.rules[01]") != FieldPath("spec.rules[1]"))
    }

    @Test func namesLeaveListIndexesOut() {
        #expect(FieldPath.spec.child("rules").index(0).child("sessionPersistence").names == ["spec", "rules", "sessionPersistence"])
        #expect(FieldPath("spec.rules[0].sessionPersistence").names == ["spec", "rules", "sessionPersistence"])
        #expect(FieldPath.spec.child("rules").index(200).child("name").names == ["spec", "rules", "name"])
        #expect(FieldPath.root.names.isEmpty)
    }

    @Test func stepsBeyondAWordKeepGoing() {
        var path = FieldPath.spec
        var text = "spec"
        for index in 0..<12 {
            path = path.child("rules").index(index)
            text += ".rules[\(index)]"
            #expect(path.description == text)
            #expect(path == FieldPath(text))
        }
    }
}
