/// SPP302: cookie persistence (Secure by default) on routes whose listeners are HTTP only.
public struct SecureCookieOverHTTPRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP302", name: "secure-cookie-over-http", defaultSeverity: .warning, category: .compatibility,
        summary: "cookie persistence (Secure by default) on routes whose Gateway listeners are HTTP only",
        rationale: """
            GEP-1619 asks implementations to set Secure, HttpOnly and SameSite=Strict by default. \
            Browsers never send a Secure cookie over plain HTTP, so behind HTTP-only listeners \
            every request starts a new session: persistence silently does nothing, or the \
            implementation drops Secure and the token travels in clear text.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  gatewayClassName: example
                  listeners:
                  - {name: http, protocol: HTTP, port: 80}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  parentRefs:
                  - name: public
                  rules:
                  - backendRefs:
                    - {name: cart, port: 80}
                    ↓sessionPersistence:
                      absoluteTimeout: 1h
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  gatewayClassName: example
                  listeners:
                  - {name: https, protocol: HTTPS, port: 443}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: shop
                spec:
                  parentRefs:
                  - name: public
                  rules:
                  - backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports cookie persistence whose route only has HTTP listeners.
    public func check(_ context: LintContext) -> [Finding] {
        context.graph.entries.compactMap { entry in
            guard let persistence = entry.persistence, persistence.settings.type.value == "Cookie",
                  entry.route.isServedOnlyOverHTTP else { return nil }
            let anchor = entry.persistenceAnchor
            let message = "cookie persistence is Secure by default, but \(entry.route.label) is only served by HTTP listeners: "
                + "browsers do not send Secure cookies over HTTP, so sessions never stick"
            return Finding(at: anchor.location, message, path: anchor.path, object: entry.route.object,
                           related: entry.route.listeners.prefix(1).map { RelatedLocation(location: $0.location, message: "HTTP listener \($0.name ?? "")") })
        }
    }
}
