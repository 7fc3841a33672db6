/// SPP302: cookie persistence on routes whose listeners are HTTP only.
public struct SecureCookieOverHTTPRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP302", name: "cookie-over-http", defaultSeverity: .warning, category: .compatibility,
        summary: "cookie persistence on routes whose Gateway listeners are HTTP only: the cookie travels in clear text, or is never sent back",
        rationale: """
            GEP-1619 recommends Secure, HttpOnly and SameSite=Strict. Over plain HTTP an \
            implementation either follows that Secure default, and browsers never send the cookie \
            back (every request starts a new session), or it sets no Secure attribute, and the \
            session cookie travels in clear text where anyone on the path can read and replay it. \
            Envoy Gateway and NGINX Gateway Fabric set no Secure attribute: Envoy Gateway's own \
            e2e test proves sticky sessions over plain HTTP. Either way, serve the route over \
            HTTPS.
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
            guard let persistence = entry.appliedPersistence, persistence.token == "cookie",
                  entry.route.isServedOnlyOverHTTP else { return nil }
            let anchor = entry.persistenceAnchor
            let consequence: String
            if persistence.attributes.secure && !persistence.attributes.isRecommendation {
                consequence = "\(context.implementation.displayName) sets Secure, so browsers never send the cookie back and sessions do not stick"
            } else if !persistence.attributes.secure {
                consequence = "\(context.implementation.displayName) sets no Secure attribute, so the session cookie travels in clear text "
                    + "and anyone on the path can read and replay it"
            } else {
                consequence = "the cookie either travels in clear text (implementations that set no Secure attribute, such as Envoy Gateway "
                    + "and NGINX Gateway Fabric) or is never sent back by browsers (those that follow GEP-1619's Secure default)"
            }
            let message = "cookie persistence on \(entry.route.label), which only HTTP listeners serve: \(consequence); serve it over HTTPS"
            return Finding(at: anchor.location, message, path: anchor.path, object: entry.route.object,
                           related: entry.route.listeners.prefix(1).map { RelatedLocation(location: $0.location, message: "HTTP listener \($0.name ?? "")") })
        }
    }
}
