/// SPP108: a duration repeats or reorders units.
public struct NoncanonicalDurationRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP108", name: "noncanonical-duration", defaultSeverity: .info, category: .values,
        summary: "a duration repeats a unit or lists units out of order (30m1h, 1h1h)",
        rationale: """
            GEP-2257 accepts repeated and reordered units and adds them up, but says users SHOULD \
            NOT rely on it, and implementations may print the value back in canonical form \
            (descending, non-repeating units), which then differs from the manifest in git.
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
                      absoluteTimeout: ↓30m1h
                """),
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
        ])

    /// Creates the rule.
    public init() {}

    /// Reports valid durations that are not in canonical form.
    public func check(_ context: LintContext) -> [Finding] {
        context.durationFields.compactMap { field in
            guard let duration = GEPDuration.parse(field.value.value), !duration.isCanonical else { return nil }
            return Finding(at: field.value.location,
                           "\(field.name) \"\(field.value.value)\" repeats or reorders units; write \"\(Self.canonical(duration))\"",
                           path: field.value.path, object: field.object)
        }
    }

    /// The canonical spelling of a duration: descending units, none repeated.
    static func canonical(_ duration: GEPDuration) -> String {
        let milliseconds = duration.milliseconds
        var text = GEPDuration.describe(seconds: milliseconds / 1000)
        if milliseconds % 1000 != 0 {
            text = (milliseconds / 1000 == 0 ? "" : text) + "\(milliseconds % 1000)ms"
        }
        return text
    }
}
