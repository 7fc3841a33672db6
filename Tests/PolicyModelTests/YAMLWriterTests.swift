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
}
