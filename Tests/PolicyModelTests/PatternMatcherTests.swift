import Foundation
import PolicyModel
import Testing

/// The hand-written matchers must agree with the upstream regular expressions.
@Suite("Pattern matchers agree with the CRD regular expressions")
struct PatternMatcherTests {
    static let samples = [
        "", "0", "0s", "1h", "1h30m", "30m1h", "1ms", "99999s", "100000s", "1h1m1s1ms", "1h1m1s1ms1h", "1.5h", "1d", "h", "-1s", "1H",
        "core", "Service", "service", "gateway.networking.k8s.io", "a-b", "-a", "a-", "A", "a.b.c", "a..b", "*.example.com", "*",
        "example.com", "x_y", "my session", "JSESSIONID", "__Host-id", "a;b", "a=b", "tick`", "é", "ab-9", "9a", "Z9",
    ]
    static let patterns = [
        SchemaPatterns.duration, SchemaPatterns.group, SchemaPatterns.kind, SchemaPatterns.namespace,
        SchemaPatterns.sectionName, SchemaPatterns.hostname, SchemaPatterns.token,
    ]

    @Test("on every sample", arguments: patterns)
    func agrees(_ pattern: String) throws {
        let regex = try NSRegularExpression(pattern: pattern)
        for sample in Self.samples {
            let range = NSRange(sample.startIndex..., in: sample)
            let expected = regex.firstMatch(in: sample, range: range) != nil
            #expect(PatternMatcher.matches(sample, pattern: pattern) == expected, "\(pattern) on \"\(sample)\"")
        }
    }

    @Test("GEP-2257 totals and canonical form")
    func durations() throws {
        #expect(try #require(GEPDuration.parse("1h30m")).seconds == 5400)
        #expect(try #require(GEPDuration.parse("30m1h")).isCanonical == false)
        #expect(try #require(GEPDuration.parse("1h1m1s1ms")).milliseconds == 3_661_001)
        #expect(GEPDuration.parse("0") == nil)
        #expect(GEPDuration.parse("0s")?.seconds == 0)
    }

    @Test("GEP-2257 components of more than five digits are no duration, however many (no overflow)")
    func longDurations() throws {
        #expect(try #require(GEPDuration.parse("99999h99999m99999s99999ms")).milliseconds == 99999 * 3_600_000 + 99999 * 60_000 + 99999 * 1000 + 99999)
        for text in ["999999h", "99999999999999999999h", "1h99999999999999999999m", "1h" + String(repeating: "9", count: 400) + "s"] {
            #expect(GEPDuration.parse(text) == nil, "\(text.prefix(30))")
        }
    }
}
