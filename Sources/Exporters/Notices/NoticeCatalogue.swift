import PolicyModel

/// The documentation of the export notices SPP601–SPP604, in the same form as every lint
/// rule: `sppctl explain SPP602` and `sppctl rules` read it, and each example is exported by
/// the test suite and must give its notice exactly at its ↓ markers.
public enum NoticeCatalogue {
    /// Every notice's description, in ID order.
    public static let descriptions: [RuleDescription] = NoticeKind.allCases.map(description(of:))

    /// The description of one notice kind.
    public static func description(of kind: NoticeKind) -> RuleDescription {
        switch kind {
        case .notExpressible: return notExpressible
        case .lossy: return lossy
        case .needsVersion: return needsVersion
        case .weakAffinity: return weakAffinity
        }
    }

    private static let notExpressible = RuleDescription(
        id: "SPP601", name: "not-expressible", defaultSeverity: .warning, category: .export,
        summary: "the target cannot express this setting at all (header persistence on Traefik), or cannot write a value safely",
        rationale: """
            Some dataplanes lack a mechanism outright: Traefik has cookie stickiness only, Kong \
            Enterprise's sticky-sessions algorithm has no header form, a regular-expression path \
            cannot be written where the target has no regex matching. The export leaves the \
            setting out and says so at the setting's location. A value that cannot be written \
            into the target's grammar without changing its meaning (a name with a quote, a \
            semicolon, a brace, a newline …) is the same notice with severity error, and then no \
            configuration is written at all.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: api
                spec:
                  rules:
                  - backendRefs:
                    - {name: api, port: 80}
                    ↓sessionPersistence:
                      sessionName: X-Session
                      type: Header
                """, exportTarget: "traefik"),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: api
                spec:
                  rules:
                  - backendRefs:
                    - {name: api, port: 80}
                    sessionPersistence:
                      sessionName: X-Session
                      type: Header
                """, exportTarget: "haproxy"),
        ])

    private static let lossy = RuleDescription(
        id: "SPP602", name: "lossy", defaultSeverity: .warning, category: .export,
        summary: "the target approximates this setting (a timeout enforced only by the browser, a cookie Path it cannot set)",
        rationale: """
            Where a dataplane has a weaker form of a setting, the export uses it and says what \
            changes: HAProxy always writes path=/ on its cookie; NGINX open source and Traefik \
            can only give the browser a Max-Age, so a session outlives absoluteTimeout for a \
            client that keeps the cookie; Envoy enforces a cookie's expiry only together with \
            Max-Age. --fail-on-lossy makes such an export exit 1.
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
                  - ↓matches:
                    - path: {type: PathPrefix, value: /cart}
                    backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: cart
                """, exportTarget: "haproxy"),
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
                  - matches:
                    - path: {type: PathPrefix, value: /cart}
                    backendRefs:
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: cart
                """, exportTarget: "envoy"),
        ])

    private static let needsVersion = RuleDescription(
        id: "SPP603", name: "needs-version", defaultSeverity: .info, category: .export,
        summary: "the setting needs a newer target version than the one selected (--target-version)",
        rationale: """
            Dataplanes grew session-persistence features over releases: Traefik's cookie maxAge \
            arrived in v3.0, path in v3.3; NGINX's sticky directive is open source from 1.29.6. \
            The export writes what the selected version accepts and names the version that \
            would express the rest.
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
                    - {name: cart, port: 80}
                    sessionPersistence:
                      sessionName: cart
                      absoluteTimeout: 1h
                      cookieConfig:
                        lifetimeType: ↓Permanent
                """, exportTarget: "traefik@v2"),
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
                      sessionName: cart
                      absoluteTimeout: 1h
                      cookieConfig:
                        lifetimeType: Permanent
                """, exportTarget: "traefik@v3.4"),
        ])

    private static let weakAffinity = RuleDescription(
        id: "SPP604", name: "weak-affinity", defaultSeverity: .warning, category: .export,
        summary: "the target offers hashing, not persistence: sessions move when backends change",
        rationale: """
            Open-source Kong (upstream hash_on: cookie or header) and NGINX's hash directive \
            map a token to a backend by hashing it: when a backend is added, removed or \
            reweighted, part of the sessions move to another backend. GEP-1619 persistence keeps \
            a session on the backend that issued it; on such a target use a version with real \
            persistence (Kong Enterprise 3.11 sticky-sessions) where it matters.
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
                    - {name: cart, port: 80}
                    ↓sessionPersistence:
                      sessionName: cart
                      absoluteTimeout: 1h
                """, exportTarget: "kong@oss"),
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
                      sessionName: cart
                      absoluteTimeout: 1h
                """, exportTarget: "kong@enterprise-3.11"),
        ])
}
