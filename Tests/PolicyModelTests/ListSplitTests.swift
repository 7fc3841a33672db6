@testable import PolicyModel
import SppctlTestSupport
import Testing

/// A large List written as kubectl writes it is cut between its items and parsed on several
/// workers; whatever the cut, the loaded file is the one a single parse gives.
@Suite("A kubectl List is parsed on several workers exactly as whole")
struct ListSplitTests {
    /// A List of `count` items as `kubectl get -o yaml` writes it (kind after the items), with
    /// `twist` put before the item at two thirds.
    static func list(count: Int = 6000, twist: String = "", tail: String = "kind: List\nmetadata:\n  resourceVersion: \"\"\n") -> String {
        var text = "apiVersion: v1\nitems:\n"
        for index in 0..<count {
            if index % 500 == 0 { text += "# team \(index / 500)\n\n" }
            text += index == count * 2 / 3 ? twist : ""
            text += FleetRoute.listItem(index, noteLength: 200)
            text += """
                - apiVersion: v1
                  kind: ConfigMap
                  metadata: {name: config-\(index), namespace: team-\(index / 100)}
                  data: {a: "1", a: "2"}

                """
        }
        return text + tail
    }

    /// What a file loads to, as text: objects, non-objects, schema violations, duplicate keys, issues.
    private func summary(_ text: String, jobs: Int) -> [String] {
        let decoder = ObjectDecoder(generation: .v1_6)
        let file = YAMLLoader(jobs: jobs, bodies: .analysedKindsOnly, decoder: decoder).load(bytes: Array(text.utf8), path: "list.yaml")
        let decoded = file.decoded ?? DecodedInputs()
        return decoded.objects.map { "\($0.gvk.kind) \($0.metadata.effectiveNamespace)/\($0.metadata.name?.value ?? "-") \($0.location)" }
            + decoded.nonObjects.map { "\($0.location) \($0.reason)" }
            + decoded.schemaViolations.map { "\($0.location) \($0.path)" }
            + file.duplicateKeys.map { "\($0.key) \($0.location) first \($0.first)" }
            + file.issues.map { "\($0.location) \($0.message)" }
    }

    @Test("the items are cut into runs at item lines; the rest keeps every line where it was")
    func cuts() throws {
        let text = Self.list()
        let split = try #require(Array(text.utf8).withUnsafeBufferPointer { ListSplit($0, count: 8) })
        #expect(split.fragments.count == 8)
        #expect(split.itemsLine == 2)
        let bytes = Array(text.utf8)
        for fragment in split.fragments {
            #expect(bytes[fragment.lowerBound] == UInt8(ascii: "-") || bytes[fragment.lowerBound] == UInt8(ascii: "#"))
        }
        let shell = String(decoding: split.shell, as: UTF8.self)
        #expect(shell.split(separator: "\n", omittingEmptySubsequences: false).count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(shell.hasPrefix("apiVersion: v1\nitems: []\n\n"))
        #expect(shell.hasSuffix("\nkind: List\nmetadata:\n  resourceVersion: \"\"\n"))
        #expect(Array("apiVersion: v1\nitems: 3\n".utf8).withUnsafeBufferPointer { ListSplit($0, count: 2) } == nil)
    }

    @Test("the rest keeps every line break byte for byte: line feeds, CRLF, and no break after the last item")
    func lineBreaks() throws {
        let breaks = { (bytes: [UInt8]) in bytes.filter { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } }
        let plain = Self.list(count: 60)
        let crlf = plain.replacing("\n", with: "\r\n")
        let unended = String(Self.list(count: 60, tail: "").dropLast())
        for text in [plain, crlf, unended] {
            let bytes = Array(text.utf8)
            let split = try #require(bytes.withUnsafeBufferPointer { ListSplit($0, count: 4) })
            #expect(breaks(split.shell) == breaks(bytes))
            // The items run to the List's other keys, or to the end.
            let tail = text.utf8.count - (text.range(of: "kind: List").map { text[$0.lowerBound...].utf8.count } ?? 0)
            #expect(split.fragments.last?.upperBound == tail)
        }
    }

    @Test("loaded on 3 workers as on one: a clean List, an alias across items, an unterminated string, a syntax error, not a List",
          arguments: ["clean", "alias", "quoted", "broken", "notList"])
    func sameAsWhole(_ variant: String) {
        let list = { (count: Int) -> String in
            switch variant {
            case "alias":
                return Self.list(count: count).replacingOccurrences(of: "name: config-7,", with: "name: &shared config-7,")
                    .replacingOccurrences(of: "name: config-\(count - 2),", with: "name: *shared,")
            case "quoted":
                return Self.list(count: count, twist: "- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: q}\n  data: {a: \"line one\n- line two\"}\n")
            case "broken":
                return Self.list(count: count, twist: "- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: [unclosed\n")
            case "notList":
                return Self.list(count: count, tail: "kind: ConfigMap\nmetadata: {name: holder}\n")
            default:
                return Self.list(count: count)
            }
        }
        let text = list(6000)
        #expect(text.utf8.count > YAMLLoader.splitThreshold)
        // Only the clean List is loaded from its pieces, even when cut at every line that
        // starts like an item; every other one is parsed whole.
        let bytes = Array(list(300).utf8)
        let split = bytes.withUnsafeBufferPointer { ListSplit($0, count: bytes.count) }
        let loader = YAMLLoader(jobs: 3, bodies: .analysedKindsOnly, decoder: ObjectDecoder(generation: .v1_6))
        let pieces = split.flatMap {
            loader.loadList($0, source: SourceText(bytes: bytes), path: "list.yaml", reference: .memory(SourceText(bytes: bytes)),
                            templateAction: nil, unusualBreaks: false)
        }
        #expect((pieces != nil) == (variant == "clean"))
        let whole = summary(text, jobs: 1)
        #expect(whole.count > 4000)
        #expect(summary(text, jobs: 3) == whole)
    }

    /// A List of `count` routes and ConfigMaps as `kubectl get -o json` writes one (items
    /// indented by `indent` spaces per level, kind after the items), with `twist` put before
    /// the item at two thirds and `kind` as the List's kind.
    static func jsonList(count: Int = 3000, indent: Int = 4, twist: String = "", kind: String = "List") -> String {
        let one = String(repeating: " ", count: indent)
        let two = one + one
        let three = two + one
        var items: [String] = []
        for index in 0..<count {
            if index == count * 2 / 3 { items.append(twist) }
            let timeout = index % 3 == 0 ? "1d" : "1h"
            items.append("""
                \(two){
                \(three)"apiVersion": "gateway.networking.k8s.io/v1",
                \(three)"kind": "HTTPRoute",
                \(three)"metadata": {"name": "r\(index)", "namespace": "team-\(index / 100)", "annotations": {"note": "caf\u{E9} \(index)"}},
                \(three)"spec": {"rules": [{"backendRefs": [{"name": "svc\(index)", "port": 80}],
                \(three)    "sessionPersistence": {"sessionName": "s-\(index)", "absoluteTimeout": "\(timeout)"}}]}
                \(two)}
                """)
            items.append("""
                \(two){
                \(three)"apiVersion": "v1",
                \(three)"kind": "ConfigMap",
                \(three)"metadata": {"name": "config-\(index)", "namespace": "team-\(index / 100)"},
                \(three)"data": {"a": "1", "a": "2"}
                \(two)}
                """)
        }
        return "{\n\(one)\"apiVersion\": \"v1\",\n\(one)\"items\": [\n" + items.filter { !$0.isEmpty }.joined(separator: ",\n")
            + "\n\(one)],\n\(one)\"kind\": \"\(kind)\",\n\(one)\"metadata\": {\n\(two)\"resourceVersion\": \"\"\n\(one)}\n}\n"
    }

    @Test("a JSON List is cut at the lines that start its items; each run becomes a flow sequence; the rest keeps every line and column")
    func jsonCuts() throws {
        let text = Self.jsonList(count: 300)
        let bytes = Array(text.utf8)
        let split = try #require(bytes.withUnsafeBufferPointer { ListSplit.cut($0, count: 8) })
        #expect(split.fragments.count == 8)
        #expect(split.itemsLine == 3 && split.itemsColumn == 14)
        for (index, (fragment, patches)) in zip(split.fragments, split.patches).enumerated() {
            var copy = Array(bytes[fragment])
            for patch in patches { copy[patch.offset - fragment.lowerBound] = patch.byte }
            let run = String(decoding: copy, as: UTF8.self)
            #expect(run.hasPrefix("       [{\n"))
            // The last run ends at the array's own `]`.
            #expect(run.hasSuffix(index == split.fragments.count - 1 ? "        }\n    ]" : "        }]"))
        }
        let shell = String(decoding: split.shell, as: UTF8.self)
        #expect(shell.hasPrefix("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n\n"))
        #expect(shell.hasSuffix("\n    ],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n"))
        #expect(shell.split(separator: "\n", omittingEmptySubsequences: false).count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        // Not the layout: items on the `"items": [` line, or not one per line.
        for other in ["{\"items\": [{\"a\": 1}, {\"a\": 2}]}", "{\n  \"items\": [\n    {\"a\": 1}, {\"a\": 2}\n  ]\n}\n"] {
            #expect(Array(other.utf8).withUnsafeBufferPointer { ListSplit.cut($0, count: 2) } == nil)
        }
    }

    @Test("a JSON List loads on 3 workers as on one: kubectl's and jq's layout, CRLF, unusual line breaks, a multi-line string, a syntax error, not a List",
          arguments: ["clean", "jq", "crlf", "breaks", "quoted", "broken", "notList"])
    func jsonSameAsWhole(_ variant: String) {
        let list = { (count: Int) -> String in
            switch variant {
            case "jq": return Self.jsonList(count: count, indent: 2)
            case "crlf": return Self.jsonList(count: count).replacing("\n", with: "\r\n")
            case "breaks": return Self.jsonList(count: count).replacing("caf\u{E9} 1", with: "caf\u{E9}\u{2028}1\r")
            case "quoted": return Self.jsonList(count: count, twist: "        {\"kind\": \"ConfigMap\", \"data\": {\"a\": \"one\n        },\n        {\n\"}}")
            case "broken": return Self.jsonList(count: count, twist: "        {\"kind\": \"ConfigMap\", \"metadata\": {\"name\": [\"unclosed\"}")
            case "notList": return Self.jsonList(count: count, kind: "ConfigMap")
            default: return Self.jsonList(count: count)
            }
        }
        let text = list(3000)
        #expect(text.utf8.count > YAMLLoader.splitThreshold)
        // Lists of clean runs are loaded from their pieces, even when cut at every item;
        // every other one is parsed whole.
        let bytes = Array(list(300).utf8)
        let split = bytes.withUnsafeBufferPointer { ListSplit.cut($0, count: bytes.count) }
        #expect(split != nil)
        let loader = YAMLLoader(jobs: 3, bodies: .analysedKindsOnly, decoder: ObjectDecoder(generation: .v1_6))
        let pieces = split.flatMap {
            loader.loadList($0, source: SourceText(bytes: bytes), path: "list.yaml", reference: .memory(SourceText(bytes: bytes)),
                            templateAction: nil, unusualBreaks: variant == "breaks")
        }
        #expect((pieces != nil) == ["clean", "jq", "crlf", "breaks"].contains(variant))
        let whole = summary(text, jobs: 1)
        #expect(whole.count > 6000 || variant == "broken" || variant == "notList")
        #expect(summary(text, jobs: 3) == whole)
    }
}
