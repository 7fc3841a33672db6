@testable import PolicyModel
import Testing

/// A memo answers each key once: its first keys from a list, any more from a dictionary.
@Suite("Memo")
struct MemoTests {
    @Test("each of 100 keys (past the 32 listed) is computed once and answered right every time after")
    func computesEachKeyOnce() {
        let memo = Memo<String, Int>()
        var computed: [String] = []
        for round in 0..<3 {
            for number in 0..<100 {
                let key = "kind-\(number)"
                let answer = memo.value(for: key) {
                    computed.append(key)
                    return number * 10
                }
                #expect(answer == number * 10, "round \(round), key \(key)")
            }
        }
        #expect(computed == (0..<100).map { "kind-\($0)" })
    }

    @Test("keys that differ only past their first bytes, or by a missing part, are told apart")
    func tellsCloseKeysApart() {
        let memo = Memo<BodyKey, String>()
        let keys = [BodyKey(kind: "HTTPRoute", apiVersion: "gateway.networking.k8s.io/v1"),
                    BodyKey(kind: "HTTPRoute", apiVersion: "gateway.networking.k8s.io/v1beta1"),
                    BodyKey(kind: "HTTPRoute", apiVersion: nil),
                    BodyKey(kind: "HTTPRoutes", apiVersion: "gateway.networking.k8s.io/v1")]
        for (index, key) in keys.enumerated() { #expect(memo.value(for: key) { "answer \(index)" } == "answer \(index)") }
        for (index, key) in keys.enumerated() { #expect(memo.value(for: key) { "computed again" } == "answer \(index)") }
    }
}
