/// SPP503: a `__Host-`/`__Secure-` cookie name whose Path or Secure makes browsers reject it.
public struct HostPrefixViolationRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP503", name: "host-prefix-violation", defaultSeverity: .error, category: .cookies,
        summary: "a __Host-/__Secure- name whose Path/Secure make browsers reject the cookie",
        rationale: """
            Browsers only accept a cookie named __Host-… when it is Secure, has Path=/ and no \
            Domain, and one named __Secure-… only when it is Secure (RFC 6265bis cookie \
            prefixes). A derived Path such as /cart (route matches), an unset Path (settings on \
            the backend), or a Gateway that only listens on HTTP makes the browser drop the cookie \
            silently: no session ever sticks.
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
                    sessionPersistence:
                      sessionName: ↓__Host-cart
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
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: __Host-cart
                      absoluteTimeout: 1h
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports prefixed names whose attributes browsers refuse.
    public func check(_ context: LintContext) -> [Finding] {
        // Entries sharing one configuration give identical findings; the linter keeps one.
        context.graph.entries.compactMap { entry in
            guard let persistence = entry.appliedPersistence, persistence.settings.type.value == "Cookie", !persistence.nameGenerated,
                  let location = persistence.sessionName.provenance.location else { return nil }
            let name = persistence.sessionName.value
            let lowered = name.lowercased()
            let httpOnly = entry.route.isServedOnlyOverHTTP
            var problem: String?
            if lowered.hasPrefix("__host-") {
                switch persistence.cookiePath {
                case .fixed("/"): problem = httpOnly ? "it cannot be Secure: \(entry.route.label) is only served over HTTP" : nil
                case .unset: problem = "its Path is unset (\(persistence.cookiePathProvenance.note)), and __Host- requires Path=/"
                case .fixed(let path): problem = "its Path is \(path) (\(persistence.cookiePathProvenance.note)), and __Host- requires Path=/"
                case .perMatch(let paths): problem = "its Path is one of \(paths.joined(separator: ", ")), and __Host- requires Path=/"
                }
            } else if lowered.hasPrefix("__secure-"), httpOnly {
                problem = "it cannot be Secure: \(entry.route.label) is only served over HTTP"
            }
            guard let problem else { return nil }
            return Finding(at: location, "browsers reject the cookie \"\(name)\": \(problem)",
                           path: persistence.sessionName.provenance.path, object: persistence.source)
        }
    }
}
