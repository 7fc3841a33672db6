/// SPP502: the session name is a well-known application session cookie.
public struct AppCookieNameRule: Rule {
    /// Application frameworks' own session cookie names.
    public static let applicationCookieNames: Set<String> = [
        "jsessionid", "jsessionidsso", "phpsessid", "asp.net_sessionid", "aspsessionid", "connect.sid", "laravel_session",
        "sessionid", "session", "_session_id", "rack.session", "cfid", "cftoken", "ci_session", "symfony", "mojolicious",
        "express:sess", "beaker.session.id", "wordpress_logged_in", "shiny-session",
    ]

    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP502", name: "app-cookie-name", defaultSeverity: .warning, category: .cookies,
        summary: "the session name is a well-known application session cookie (JSESSIONID, PHPSESSID …)",
        rationale: """
            GEP-1619 leaves backend-initiated sessions out of scope: a gateway that owns a cookie \
            named like the application's own (Tomcat's JSESSIONID, PHP's PHPSESSID, Express's \
            connect.sid) rewrites or shadows it, so the application loses its session or the \
            gateway loses its pin. The GEP's Java section exists because of exactly this name. \
            Give the gateway's cookie a name of its own.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - backendRefs:
                    - {name: tomcat, port: 8080}
                    sessionPersistence:
                      sessionName: ↓JSESSIONID
                      absoluteTimeout: 1h
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  rules:
                  - backendRefs:
                    - {name: tomcat, port: 8080}
                    sessionPersistence:
                      sessionName: gw-shop
                      absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports cookie names that applications use for their own sessions.
    public func check(_ context: LintContext) -> [Finding] {
        // Entries sharing one configuration give identical findings; the linter keeps one.
        context.graph.entries.compactMap { entry in
            guard let persistence = entry.appliedPersistence, persistence.settings.type.value == "Cookie", !persistence.nameGenerated,
                  Self.applicationCookieNames.contains(persistence.sessionName.value.lowercased()),
                  let location = persistence.sessionName.provenance.location else { return nil }
            let message = "\"\(persistence.sessionName.value)\" is an application framework's own session cookie: "
                + "the gateway's persistence cookie would clash with the application's session; choose another name"
            return Finding(at: location, message, path: persistence.sessionName.provenance.path, object: persistence.source)
        }
    }
}
