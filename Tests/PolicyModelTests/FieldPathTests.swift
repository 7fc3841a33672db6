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
        // List indexes at the edges of their one-, two- and three-byte forms, and past them.
        (FieldPath.spec.child("rules").index(63).child("name"), "spec.rules[63].name"),
        (FieldPath.spec.child("rules").index(64).child("name"), "spec.rules[64].name"),
        (FieldPath.spec.child("rules").index(128).child("name"), "spec.rules[128].name"),
        (FieldPath.spec.child("rules").index(4095).child("name"), "spec.rules[4095].name"),
        (FieldPath.spec.child("rules").index(4096).child("name"), "spec.rules[4096].name"),
        (FieldPath.spec.child("rules").index(99_999).child("backendRefs").index(0).child("name"), "spec.rules[99999].backendRefs[0].name"),
        (FieldPath.spec.child("rules").index(524_287).child("name"), "spec.rules[524287].name"),
        (FieldPath.spec.child("rules").index(524_288).child("name"), "spec.rules[524288].name"),
        (FieldPath.spec.child("rules").index(-1), "spec.rules[-1]"),
        // Eight bytes of steps, and one more.
        (FieldPath.spec.child("rules").index(5000).child("backendRefs").index(70).child("name"), "spec.rules[5000].backendRefs[70].name"),
        (FieldPath.spec.child("rules").index(5000).child("backendRefs").index(70).child("filters").child("type"),
         "spec.rules[5000].backendRefs[70].filters.type"),
        // Not compact: a name outside the table, a ninth step, a name with a dot.
        (FieldPath.metadata.child("annotations").child("sppctl.io/session-name"), "metadata.annotations.sppctl.io/session-name"),
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
        #expect(FieldPath.spec.child("rules").index(600_000).child("name").names == ["spec", "rules", "name"])
        #expect(FieldPath.root.names.isEmpty)
    }

    @Test func everyIndexRendersAndComparesAsWritten() {
        for index in Array(0..<5000) + [8191, 8192, 16_383, 16_384, 262_143, 262_144, 524_287, 524_288, 1_000_000] {
            let path = FieldPath.spec.child("rules").index(index).child("sessionPersistence")
            let text = "spec.rules[\(index)].sessionPersistence"
            #expect(path.description == text)
            #expect(path == FieldPath(text))
            #expect(path != FieldPath.spec.child("rules").index(index + 1).child("sessionPersistence"))
        }
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

    @Test func everyTableNameIsOneCompactStep() {
        for name in StepNames.all {
            #expect(FieldPath.root.child(name).isCompact, "\(name)")
            #expect(FieldPath.spec.child(name).index(1).isCompact, "\(name)")
            #expect(FieldPath(name).isCompact, "\(name)")
            #expect(FieldPath.root.child(name).description == name)
        }
        for name in ["", "Spec", "specs", "sessionPersistenceX", "timeoutSecond", "rules.name", String(repeating: "a", count: 40)] {
            #expect(!FieldPath.root.child(name).isCompact, "\(name)")
        }
    }
}
