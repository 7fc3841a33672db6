/// SPP501: the cookie Path is `/` though the route matches a narrower prefix.
public struct BroadCookiePathRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP501", name: "broad-cookie-path", defaultSeverity: .info, category: .cookies,
        summary: "the derived cookie Path is / though the route matches a narrower prefix (regex, main's default)",
        rationale: """
            On main the cookie Path defaults to / unless cookie.path is set (PR #5046), and up to \
            v1.6 a regular-expression match leaves only its longest non-regex prefix, often /. \
            A Path of / sends the session cookie with every request to the host, to other \
            applications' routes too, and lets two rules' cookies collide. Set cookie.path (main) \
            or a prefix match to narrow it.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - matches:
                    - path: {type: PathPrefix, value: /cart}
                    backendRefs:
                    - {name: cart, port: 80}
                    ↓sessionPersistence:
                      absoluteTimeout: 1h
                      cookie: {}
                """, generation: .main),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - matches:
                    - path: {type: PathPrefix, value: /cart}
                    backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      absoluteTimeout: 1h
                      cookie:
                        path: /cart
                """, generation: .main),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports route-level cookie settings whose Path is / while every match is narrower.
    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<SourceLocation>()
        for entry in context.graph.entries {
            guard let persistence = entry.appliedPersistence, persistence.isRouteLevel, persistence.settings.type.value == "Cookie",
                  persistence.cookiePath.paths == ["/"], !entry.route.spec.isGRPC else { continue }
            let matches = entry.rule.rule.pathMatches
            let narrow = !matches.isEmpty && matches.allSatisfy { match in
                match.type == "RegularExpression" ? !["/.*", ".*", "^/.*", "/.+"].contains(match.value) : match.value != "/"
            }
            guard narrow, seen.insert(persistence.settings.location).inserted else { continue }
            let shown = matches.map { $0.value }.joined(separator: ", ")
            let message = "the session cookie's Path is / (\(persistence.cookiePathProvenance.note)) although the rule only matches \(shown): "
                + "the cookie goes with every request to the host"
            findings.append(Finding(at: persistence.settings.location, message, path: persistence.settings.path, object: entry.route.object))
        }
        return findings
    }
}
