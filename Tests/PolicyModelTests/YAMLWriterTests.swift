import PolicyModel
import Testing

@Suite("The YAML writer")
struct YAMLWriterTests {
    @Test("strings that could read back as something else are quoted")
    func quoting() {
        #expect(YAMLWriter.scalar("Accepted") == "Accepted")
        #expect(YAMLWriter.scalar("shop/cart") == "shop/cart")
        #expect(YAMLWriter.scalar("True") == "\"True\"")
        #expect(YAMLWriter.scalar("yes") == "\"yes\"")
        #expect(YAMLWriter.scalar("8080") == "\"8080\"")
        #expect(YAMLWriter.scalar("") == "\"\"")
        #expect(YAMLWriter.scalar("a: b") == "\"a: b\"")
        #expect(YAMLWriter.scalar("- x") == "\"- x\"")
        #expect(YAMLWriter.scalar("x # y") == "\"x # y\"")
        #expect(YAMLWriter.scalar("line\nbreak") == "\"line\\nbreak\"")
    }

    @Test("what it writes, sppctl's loader reads back unchanged")
    func roundTrip() throws {
        let value = JSONValue.object([
            ("name", .string("x\": {evil: true}")),
            ("list", .array([.object([("a", .int(1)), ("b", .string("on"))]), .string("- not a list")])),
            ("empty", .object([])),
            ("none", .null),
        ])
        let text = YAMLWriter.render(value)
        let root = try #require(YAMLLoader().load(bytes: Array(text.utf8), path: "out.yaml").documents.first?.root)
        #expect(root["name"]?.string == "x\": {evil: true}")
        #expect(root["list"]?.items?.first?["b"]?.string == "on")
        #expect(root["list"]?.items?.last?.string == "- not a list")
        #expect(root["none"]?.isNull == true)
        #expect(root.entries?.count == 4)
    }

    @Test("large lists and mappings, at the top or deeper down, rendered on several workers give the same text as on one")
    func parallel() throws {
        let items = (0..<300).map { index -> JSONValue in
            let flags: [JSONValue] = index % 2 == 0 ? [] : [.bool(true), .string("yes")]
            let deep: [(String, JSONValue)] = index % 3 == 0 ? [] : [("deep", .array([.object([("a", .int(Int64(index)))])]))]
            return .object([("name", .string("item-\(index)")), ("flags", .array(flags)), ("nested", .object(deep))])
        }
        let members = (0..<200).map { index in ("key-\(index)", index % 5 == 0 ? JSONValue.array(items) : .string("v\(index)")) }
        // Small containers above the large ones (as an Envoy bootstrap has them): the workers
        // are handed down to the first container large enough to share out.
        let deeper = JSONValue.array([.object([("inner", .object([("items", .array(items))]))]), .string("after")])
        let value = JSONValue.object([("items", .array(items)), ("map", .object(members)), ("empty", .array([])), ("deeper", deeper)])
        let serial = YAMLWriter.render(value)
        for jobs in [2, 3, 8] {
            #expect(YAMLWriter.render(value, jobs: jobs) == serial, "jobs \(jobs)")
        }
        let root = try #require(YAMLLoader().load(bytes: Array(serial.utf8), path: "out.yaml").documents.first?.root)
        #expect(root["items"]?.items?.count == 300)
        #expect(root["map"]?["key-5"]?.items?[7]["name"]?.string == "item-7")
        #expect(root["deeper"]?.items?[0]["inner"]?["items"]?.items?[299]["name"]?.string == "item-299")
        #expect(root["deeper"]?.items?[1].string == "after")
    }
}
