@testable import PolicyModel
import Testing

/// sppctl's strict YAML resolution of scalars, as the schema checks and the decoder read it,
/// from a scalar's text and from its bytes alike.
@Suite("Scalar resolution")
struct ScalarValueTests {
    /// Each plain scalar and what it resolves to.
    static let plain: [(text: String, value: ScalarValue)] = [
        ("", .null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("nul", .string("nul")), ("none", .string("none")),
        ("true", .bool(true)), ("false", .bool(false)), ("True", .string("True")), ("yes", .string("yes")), ("on", .string("on")),
        ("0", .int(0)), ("-0", .int(0)), ("007", .int(7)), ("+5", .int(5)), ("-5", .int(-5)), ("+-5", .string("+-5")),
        ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
        ("9223372036854775808", .bigInt("9223372036854775808")), ("-9223372036854775809", .bigInt("-9223372036854775809")),
        ("0x1F", .int(31)), ("0x1f", .int(31)), ("0x-1F", .int(-31)), ("0x+1F", .int(31)), ("0X1F", .string("0X1F")),
        ("0x", .string("0x")), ("0x+", .string("0x+")), ("0xZZ", .string("0xZZ")), ("0x7fffffffffffffff", .int(.max)),
        ("0x8000000000000000", .string("0x8000000000000000")), ("0x-8000000000000000", .int(.min)),
        ("0o17", .int(15)), ("0o8", .string("0o8")), ("0b101", .string("0b101")),
        (".inf", .float(.infinity)), ("+.Inf", .float(.infinity)), ("-.INF", .float(-.infinity)), ("inf", .string("inf")),
        ("1.5", .float(1.5)), ("1.", .float(1)), ("-.5", .float(-0.5)), ("1e3", .float(1000)), ("1E-3", .float(0.001)),
        ("1e", .string("1e")), (".", .string(".")), ("1.2.3", .string("1.2.3")), ("1_000", .string("1_000")), ("12h", .string("12h")),
    ]

    @Test("plain scalars resolve by the strict rules, from text and from bytes")
    func plainScalars() {
        for (text, value) in Self.plain {
            #expect(ScalarValue.resolve(text: text, plain: true, tag: nil) == value, "\(text.debugDescription)")
            #expect(Self.resolution(text, plain: true, tag: nil) == Self.resolution(of: value), "\(text.debugDescription)")
        }
        let nan = ScalarValue.resolve(text: ".NaN", plain: true, tag: nil)
        guard case .float(let number) = nan else { Issue.record("\(nan)"); return }
        #expect(number.isNaN)
    }

    @Test("a quoted scalar is a string whatever it spells; a tag decides over the text")
    func quotedAndTagged() {
        for text in ["", "null", "true", "42", ".inf"] {
            #expect(ScalarValue.resolve(text: text, plain: false, tag: nil) == .string(text))
            #expect(Self.resolution(text, plain: false, tag: nil) == .string)
            #expect(ScalarValue.resolve(text: text, plain: true, tag: "!!str") == .string(text))
        }
        #expect(ScalarValue.resolve(text: "42", plain: false, tag: "!!int") == .int(42))
        #expect(ScalarValue.resolve(text: "forty", plain: true, tag: "tag:yaml.org,2002:int") == .string("forty"))
        #expect(ScalarValue.resolve(text: "true", plain: false, tag: "!!bool") == .bool(true))
        #expect(ScalarValue.resolve(text: "yes", plain: true, tag: "!!bool") == .string("yes"))
        #expect(ScalarValue.resolve(text: "anything", plain: false, tag: "!!null") == .null)
        #expect(Self.resolution("anything", plain: false, tag: "!!null") == .null)
        #expect(ScalarValue.resolve(text: "42", plain: true, tag: "!custom") == .int(42))
    }

    private static func resolution(_ text: String, plain: Bool, tag: String?) -> ScalarValue.Resolution {
        var text = text
        return text.withUTF8 { ScalarValue.resolution(of: $0, plain: plain, tag: tag) }
    }

    private static func resolution(of value: ScalarValue) -> ScalarValue.Resolution {
        switch value {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .int(let value): return .int(value)
        case .bigInt: return .bigInt
        case .float(let value): return .float(value)
        case .string: return .string
        }
    }
}
