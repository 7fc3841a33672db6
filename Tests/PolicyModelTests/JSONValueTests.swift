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

    @Test("strings of every length mixing special, plain and non-ASCII characters render as a character-by-character escaper renders them")
    func randomMixes() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "é", "–",
                                          "\u{2028}", "\u{2029}", "\u{2027}", "😀", "~"]
        var generator = SplitMix(seed: 2026)
        for length in 0..<40 {
            for _ in 0..<60 {
                var text = String.UnicodeScalarView()
                for _ in 0..<length { text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
                let string = String(text)
                #expect(JSONValue.quoted(string) == Self.escapedOneByOne(string), "\(string.debugDescription)")
            }
        }
    }

    /// What JSON output must make of `text`, one character at a time.
    private static func escapedOneByOne(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0}"..."\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A small seeded generator, so that the strings are the same on every run.
    private struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
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
