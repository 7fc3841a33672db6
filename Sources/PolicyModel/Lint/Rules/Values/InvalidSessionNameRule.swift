/// SPP104: a session name that is empty, too long for the generation, or not a token.
public struct InvalidSessionNameRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP104", name: "invalid-session-name", defaultSeverity: .error, category: .values,
        summary: "empty, too long for the generation, or not an RFC 6265/7230 token",
        rationale: """
            The session name becomes a cookie or header name, which must be an RFC 7230 token \
            (RFC 6265 cookie-name): no spaces, no separators such as ; , = " or /. On main, \
            cookie.name and header.name are 1–256 token characters and the API server enforces \
            it. In v1.1–v1.6 sessionName is only limited to 128 characters: the API server takes \
            an empty name or one with spaces, and the dataplane then rejects or mangles the cookie. \
            The seed's sessionName allows 4096 characters.
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
                      sessionName: ↓"shop session"
                """),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      type: Header
                      header:
                        name: ↓""
                """, generation: .main),
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
                      sessionName: shop-session
                """),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// True for schema violations this rule reports itself (session-name fields).
    public static func claims(_ violation: SchemaViolation) -> Bool {
        let names = violation.path.names
        guard let last = names.last else { return false }
        if last == "sessionName" { return true }
        return last == "name" && (names.dropLast().last == "cookie" || names.dropLast().last == "header")
    }

    /// Checks every session name.
    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (config, object) in context.sessionPersistenceConfigs {
            let maximum = context.generation == .main ? 256 : 128
            for (field, name) in [("sessionName", config.sessionName), ("cookie.name", config.cookie?.name), ("header.name", config.header?.name)] {
                guard let name, let problem = Self.problem(name.value, maximum: maximum, generation: context.generation) else { continue }
                findings.append(Finding(at: name.location, "\(field) \(problem.text)", path: name.path, object: object, refuses: problem.refused))
            }
        }
        for (spec, object) in context.seedPolicies {
            guard let name = spec.sessionName, let problem = Self.problem(name.value, maximum: 4096, generation: nil) else { continue }
            findings.append(Finding(at: name.location, "sessionName \(problem.text)", path: name.path, object: object, refuses: problem.refused))
        }
        return findings
    }

    /// What is wrong with `name`, and whether the API server refuses it; `nil` when nothing
    /// is. `generation` is `nil` for the seed policy.
    static func problem(_ name: String, maximum: Int, generation: Generation?) -> (text: String, refused: Bool)? {
        let refusedByPattern = generation == .main
        let accepted = refusedByPattern ? "" : "; the API server accepts it, but dataplanes reject or mangle such a cookie or header name"
        if name.isEmpty { return ("is empty\(accepted)", refusedByPattern) }
        let length = name.unicodeScalars.count
        if length > maximum {
            let scope = generation.map { "Gateway API \($0.rawValue)" } ?? "the provisional SessionPersistencePolicy"
            return ("is \(length) characters long; \(scope) allows at most \(maximum)", true)
        }
        if let bad = name.unicodeScalars.first(where: { !$0.isASCII || !PatternMatcher.isTokenCharacter(UInt8($0.value)) }) {
            let shown = bad == " " ? "a space" : "\"\(bad.escaped(asASCII: true))\""
            return ("\"\(name)\" is not an RFC 7230 token (\(shown) is not allowed)\(accepted)", refusedByPattern)
        }
        return nil
    }
}
