import PolicyModel
import Testing

@Suite("JSON values render byte for byte")
struct JSONValueTests {
    @Test("integers at the edges, booleans, null and escapes, with two-space indentation")
    func scalars() {
        let value = JSONValue.object([
            ("ints", .array([.int(0), .int(7), .int(-1), .int(1_234_567_890_123), .int(Int64.min), .int(Int64.max)])),
            ("flags", .array([.bool(true), .bool(false), .null])),
            ("text", .string("a\"b\\c\nd\u{1}\u{2028}")),
            ("empty", .object([])),
            ("none", .array([])),
        ])
        #expect(value.rendered() == """
            {
              "ints": [
                0,
                7,
                -1,
                1234567890123,
                -9223372036854775808,
                9223372036854775807
              ],
              "flags": [
                true,
                false,
                null
              ],
              "text": "a\\"b\\\\c\\nd\\u0001\\u2028",
              "empty": {},
              "none": []
            }

            """)
    }

    @Test("every character that needs escaping is escaped wherever it falls in a run of eight bytes")
    func escapesAtEveryOffset() {
        // What each special character becomes, and plain ones that must pass unchanged.
        let specials: [(Character, String)] = [
            ("\"", "\\\""), ("\\", "\\\\"), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"), ("\u{0}", "\\u0000"), ("\u{1F}", "\\u001f"),
            ("\u{7F}", "\\u007f"), ("\u{85}", "\\u0085"), ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029"), ("é", "é"), ("\u{2027}", "\u{2027}"),
            (" ", " "), ("~", "~"), ("!", "!"), ("#", "#"), ("[", "["), ("]", "]"), ("\u{20}", " "),
        ]
        for (special, escaped) in specials {
            for offset in 0..<17 {
                let before = String(repeating: "a", count: offset)
                let after = String(repeating: "z", count: 19 - offset)
                #expect(JSONValue.quoted(before + String(special) + after) == "\"" + before + escaped + after + "\"", "\(offset)")
            }
        }
    }

    @Test("indentation deeper than one run of spaces")
    func deepIndentation() {
        var value = JSONValue.string("x")
        for _ in 0..<80 { value = .array([value]) }
        let lines = value.rendered().split(separator: "\n")
        #expect(lines[80] == Substring(String(repeating: " ", count: 160) + "\"x\""))
        #expect(lines.count == 161)
    }
}
