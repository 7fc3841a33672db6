/// SPP101: not a GEP-2257 duration.
public struct InvalidDurationRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP101", name: "invalid-duration", defaultSeverity: .error, category: .values,
        summary: "not a GEP-2257 duration",
        rationale: """
            absoluteTimeout and idleTimeout are GEP-2257 durations: one to four components of \
            1–5 digits, each followed by h, m, s or ms (pattern ^([0-9]{1,5}(h|m|s|ms)){1,4}$). \
            Go's time.ParseDuration accepts more (1.5h, 1d is not even that), but the CRD does \
            not: the API server rejects the manifest.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      absoluteTimeout: ↓1d
                """),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      absoluteTimeout: ↓1.5h
                      idleTimeout: ↓"0"
                """, generation: .v1_5),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      absoluteTimeout: 1h30m
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// True for schema violations this rule reports itself (duration patterns).
    public static func claims(_ violation: SchemaViolation) -> Bool {
        violation.schema?.stringFacets?.pattern == SchemaPatterns.duration
    }

    /// Checks every duration field.
    public func check(_ context: LintContext) -> [Finding] {
        context.durationFields.compactMap { field in
            guard GEPDuration.parse(field.value.value) == nil else { return nil }
            let message = "\(field.name) \"\(field.value.value)\" is not a GEP-2257 duration: \(Self.reason(field.value.value)); "
                + "write 1 to 4 components of 1–5 digits with the units h, m, s or ms, such as \"1h30m\""
            return Finding(at: field.value.location, message, path: field.value.path, object: field.object)
        }
    }

    /// Why `text` is not a duration, in a few words.
    static func reason(_ text: String) -> String {
        if text.isEmpty { return "it is empty" }
        if text.contains(".") { return "fractions are not allowed" }
        if text.hasPrefix("-") || text.hasPrefix("+") { return "signs are not allowed" }
        if text.allSatisfy(\.isNumber) { return "the unit is missing" }
        var components = 0
        var digits = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isNumber {
                digits += 1
                if digits > 5 { return "a component has more than 5 digits" }
                index = text.index(after: index)
                continue
            }
            if digits == 0 { return "\"\(character)\" is not preceded by a number" }
            let rest = text[index...]
            if rest.hasPrefix("ms") {
                index = text.index(index, offsetBy: 2)
            } else if "hms".contains(character) {
                index = text.index(after: index)
            } else {
                return "\"\(character)\" is not a unit (units are h, m, s and ms)"
            }
            components += 1
            digits = 0
        }
        if digits > 0 { return "the last number has no unit" }
        if components > 4 { return "it has \(components) components; at most 4 are allowed" }
        return "it does not match ^([0-9]{1,5}(h|m|s|ms)){1,4}$"
    }
}
