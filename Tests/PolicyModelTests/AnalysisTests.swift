import PolicyModel
import SppctlTestSupport
import Testing

@Suite("The analysis: validity, profiles and the facts they rest on")
struct AnalysisTests {
    private func graph(_ yaml: String, implementation: ImplementationProfile = .gep) -> AttachmentGraph {
        InMemoryLint.analysis(yaml, implementation: implementation).graph
    }

    @Test("creationTimestamp is compared as an instant: offsets and fractions count")
    func instants() throws {
        let offset = try #require(RFC3339Instant("2026-01-10T10:00:00+02:00"))
        let utc = try #require(RFC3339Instant("2026-01-10T09:00:00Z"))
        #expect(offset < utc)
        #expect(RFC3339Instant("2026-01-10T08:00:00Z") == offset)
        #expect(try #require(RFC3339Instant("2026-01-10T08:00:00.5Z")) > offset)
        #expect(RFC3339Instant("1970-01-01T00:00:00Z")?.seconds == 0)
        #expect(RFC3339Instant("2000-03-01T00:00:00Z")?.seconds == 951_868_800)
        for invalid in ["2026-01-10", "2026-13-01T00:00:00Z", "2026-01-10T09:00:00", "yesterday", "2026-01-10T09:00:00Zjunk"] {
            #expect(RFC3339Instant(invalid) == nil, "\(invalid)")
        }
    }

    @Test("misspelled kinds and groups are recognised; real kinds sppctl does not model are not")
    func kindSpelling() {
        #expect(KindSpelling.intended(group: APIGroup.gateway, kind: "HttpRoute")?.kind == .httpRoute)
        #expect(KindSpelling.intended(group: APIGroup.gateway, kind: "HTTPRoutes")?.kind == .httpRoute)
        #expect(KindSpelling.intended(group: "gateway.networking.k8.io", kind: "HTTPRoute")?.group == APIGroup.gateway)
        #expect(KindSpelling.intended(group: APIGroup.gateway, kind: "XBackendTrafficPolicy")?.group == APIGroup.gatewayExperimental)
        #expect(KindSpelling.intended(group: "", kind: "service")?.kind == .service)
        #expect(KindSpelling.intended(group: APIGroup.gateway, kind: "HTTPRoute") == nil)
        #expect(KindSpelling.intended(group: APIGroup.gateway, kind: "TLSRoute") == nil)
        #expect(KindSpelling.intended(group: APIGroup.gateway, kind: "BackendTrafficPolicy") == nil)
        #expect(KindSpelling.intended(group: "gateway.envoyproxy.io", kind: "BackendTrafficPolicy") == nil)
        #expect(KindSpelling.intended(group: "apps", kind: "Deployment") == nil)
        #expect(KindSpelling.intended(group: "", kind: "ConfigMap") == nil)
    }

    @Test("cookie paths as Envoy Gateway and NGINX Gateway Fabric derive them")
    func controllerCookiePaths() {
        #expect(CookiePath.segmentsBeforeStar("/p1/p2/.*/p3") == "/p1/p2")
        #expect(CookiePath.segmentsBeforeStar("/api/v[0-9]+") == "/api/v[0-9]+")
        #expect(CookiePath.segmentsBeforeStar("/.*") == "")
        #expect(CookiePath.commonSegmentPrefix(["/coffee", "/coffee/latte"]) == "/coffee")
        #expect(CookiePath.commonSegmentPrefix(["/tea/"]) == "/tea/")
        #expect(CookiePath.commonSegmentPrefix(["/coffee", "/tea"]) == nil)
        #expect(CookiePath.commonSegmentPrefix(["/shop/a", "/shop/b"]) == "/shop")
        let regex = [RouteSpec.PathMatch(location: SourceLocation(file: "f", line: 1, column: 1), type: "RegularExpression", value: "/a/.*")]
        #expect(ImplementationProfile.envoyGateway.cookiePath(for: regex, grpc: false) == .fixed("/a"))
        #expect(ImplementationProfile.nginxGatewayFabric.cookiePath(for: regex, grpc: false) == .unset)
        #expect(ImplementationProfile.nginxGatewayFabric.cookiePath(for: [], grpc: false) == .fixed("/"))
        #expect(ImplementationProfile.nginxGatewayFabric.cookiePath(for: [], grpc: true) == .unset)
        #expect(ImplementationProfile.gep.cookiePath(for: regex, grpc: false) == nil)
    }

    @Test("each profile's generated names, attributes and timeout enforcement")
    func profiles() {
        #expect(ImplementationProfile.gep.generatedName(routeKind: "HTTPRoute", namespace: "ns", name: "web", ruleIndex: 2) == nil)
        #expect(ImplementationProfile.envoyGateway.generatedName(routeKind: "HTTPRoute", namespace: "ns", name: "web", ruleIndex: 2)
            == "httproute-ns-web-rule-2")
        #expect(ImplementationProfile.nginxGatewayFabric.generatedName(routeKind: "HTTPRoute", namespace: "ns", name: "web", ruleIndex: 2)
            == "sp_web_ns_2")
        #expect(ImplementationProfile.gep.cookieAttributes.text == "Secure; HttpOnly; SameSite=Strict")
        #expect(ImplementationProfile.gep.cookieAttributes.isRecommendation)
        #expect(ImplementationProfile.envoyGateway.cookieAttributes.text == "HttpOnly")
        #expect(ImplementationProfile.nginxGatewayFabric.cookieAttributes.text == "none")
        #expect(ImplementationProfile.gep.absoluteTimeoutEnforcement(type: "Cookie", lifetime: "Session", lifetimeWritten: true) == .gateway)
        #expect(ImplementationProfile.envoyGateway.absoluteTimeoutEnforcement(type: "Cookie", lifetime: "Permanent", lifetimeWritten: true) == .cookieOnly)
        #expect(ImplementationProfile.envoyGateway.absoluteTimeoutEnforcement(type: "Header", lifetime: "Session", lifetimeWritten: false).name == "ignored")
        #expect(ImplementationProfile.nginxGatewayFabric.cookieHasLifetime(absoluteTimeoutSet: true, lifetime: "Session", lifetimeWritten: false))
        #expect(!ImplementationProfile.nginxGatewayFabric.cookieHasLifetime(absoluteTimeoutSet: true, lifetime: "Session", lifetimeWritten: true))
        #expect(ImplementationProfile.envoyGateway.ignoredPolicyKind(.xBackendTrafficPolicy) != nil)
        #expect(ImplementationProfile.gep.ignoredPolicyKind(.xBackendTrafficPolicy) == nil)
    }

    @Test("a route the API server refuses carries no traffic, and names the finding")
    func refusedRoute() throws {
        let analysis = InMemoryLint.analysis("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web}
            spec:
              rules: [{backendRefs: [{name: web, port: 80}], sessionPersistence: {absoluteTimeout: 1d}}]
            """)
        let entry = try #require(analysis.graph.entries.first)
        #expect(entry.decision == nil)
        #expect(entry.appliedPersistence == nil)
        let rejection = try #require(entry.validity.rejections.first)
        #expect(rejection.rejector == .apiServer)
        #expect(rejection.ruleID == "SPP101")
        #expect(analysis.diagnostic(for: rejection)?.location == rejection.location)
    }

    @Test("a seed policy on one rule persists only that rule's backends for other routes")
    func seedSection() throws {
        let graph = graph("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: x}
            spec:
              rules:
              - {name: one, backendRefs: [{name: a, port: 80}]}
              - {name: two, backendRefs: [{name: b, port: 80}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: y}
            spec:
              rules: [{backendRefs: [{name: a, port: 80}, {name: b, port: 80}]}]
            ---
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: SessionPersistencePolicy
            metadata: {name: p}
            spec:
              targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: x, sectionName: one}
              absoluteTimeoutSeconds: 60
            """)
        let onY = graph.entries.filter { $0.route.object.metadata.name?.value == "y" }
        #expect(onY.map { $0.persistence != nil } == [true, false])
    }

    @Test("listeners accept a route by section, port, kind, namespace and hostname")
    func listeners() throws {
        let graph = graph("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw, namespace: infra}
            spec:
              gatewayClassName: x
              listeners:
              - {name: web, protocol: HTTPS, port: 443, hostname: "*.example.com", allowedRoutes: {namespaces: {from: All}}}
              - {name: tls, protocol: TLS, port: 8443, tls: {mode: Passthrough}, allowedRoutes: {namespaces: {from: All}}}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: ok, namespace: app}
            spec:
              parentRefs: [{name: gw, namespace: infra}]
              hostnames: [shop.example.com]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: port, namespace: app}
            spec:
              parentRefs: [{name: gw, namespace: infra, port: 80}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: tls, namespace: app}
            spec:
              parentRefs: [{name: gw, namespace: infra, sectionName: tls}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: host, namespace: app}
            spec:
              parentRefs: [{name: gw, namespace: infra}]
              hostnames: [example.org]
            """)
        func reason(_ name: String) -> String {
            let parent = graph.routes.first { $0.object.metadata.name?.value == name }?.parents.first
            switch parent?.acceptance {
            case .accepted(let listeners)?: return "accepted " + listeners.compactMap(\.name).joined(separator: ",")
            case .rejected(let reason, _)?: return reason
            default: return "unknown"
            }
        }
        #expect(reason("ok") == "accepted web")
        #expect(reason("port") == "NoMatchingParent")
        #expect(reason("tls") == "NotAllowedByListeners")
        #expect(reason("host") == "NotAllowedByListeners")
    }

    @Test("SPP005's hint fits what is written: quotes or a tag around a number; none for text that is no number")
    func wrongTypeHints() {
        let yaml = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r}
            spec:
              rules:
              - backendRefs: [{name: a, port: "8080"}, {name: b, port: !!str 90}, {name: c, port: http}, {name: d, port: "http"}]
            """
        let messages = InMemoryLint.report(yaml).diagnostics.filter { $0.id == "SPP005" }.map { "\($0.location.column) \($0.message)" }
        #expect(messages == [
            "35 \"port\" must be an integer, not a string (remove the quotes)",
            "60 \"port\" must be an integer, not a string (remove the tag !!str)",
            "87 \"port\" must be an integer, not a string",
            "110 \"port\" must be an integer, not a string",
        ])
    }

    @Test("SPP010 holds lists to their CRD bounds and CEL rules, per generation: 16 rules, 8 or 64 matches, unique rule names, references to one parent, at most 128 matches")
    func listConstraints() throws {
        let matches = (0..<9).map { "    - path: {value: /m\($0)}" }.joined(separator: "\n")
        let many = (0..<3).map { _ in "  - matches:\n" + (0..<43).map { "    - path: {value: /p\($0)}" }.joined(separator: "\n") }.joined(separator: "\n")
        let yaml = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web}
            spec:
              parentRefs:
              - name: gw
              - {name: gw, sectionName: https}
              - {name: other, port: 443}
              - {name: other, port: 443, group: gateway.networking.k8s.io}
              - {name: other, namespace: default, port: 443}
              rules:
              - name: cart
                backendRefs: [{name: cart, port: 8080}]
              - name: cart
                matches:
            \(matches)
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: empty}
            spec:
              rules: []
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: many}
            spec:
              rules:
            \(many)
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: rules}
            spec:
              rules:
            \((0..<17).map { "  - backendRefs: [{name: s\($0), port: 80}]" }.joined(separator: "\n"))
            ---
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: g}
            spec:
              from: []
              to: [{group: "", kind: Service}]
            """
        func findings(_ generation: Generation) -> [String] { Self.findings("SPP010", in: yaml, generation: generation) }
        let parents = [
            "7:5 spec.parentRefs[1] sectionName or port must be specified when parentRefs includes 2 or more references to the same parent "
                + "(parentRefs[0] refers to the same parent)",
            "9:5 spec.parentRefs[3] sectionName or port must be unique when parentRefs includes 2 or more references to the same parent "
                + "(parentRefs[2] refers to the same parent, with the same sectionName and port)",
        ]
        let ruleName = "14:11 spec.rules[1].name Rule name must be unique within the route (rules[0] is named \"cart\" too)"
        let total = "37:3 spec.rules While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route "
            + "must be less than 128 (the rules have 129 matches in all)"
        let grant = "197:9 spec.from \"from\" must not be empty"
        // At the first item too many.
        let sixteen = "191:5 spec.rules \"rules\" has 17 items; at most 16 are allowed (item 16 is the first too many)"
        #expect(findings(.v1_6) == parents + [ruleName, "30:10 spec.rules \"rules\" must not be empty", total, sixteen, grant])
        // v1.4: no minimum of rules; v1.1: at most 8 matches per rule, no rule names or CEL rules on rules.
        #expect(findings(.v1_4) == parents + [ruleName, total, sixteen, grant])
        #expect(findings(.v1_1) == parents + ["24:7 spec.rules[1].matches \"matches\" has 9 items; at most 8 are allowed (item 8 is the first too many)"]
            + (0..<3).map { "\(46 + 44 * $0):7 spec.rules[\($0)].matches \"matches\" has 43 items; at most 8 are allowed (item 8 is the first too many)" }
            + [sixteen, grant])
    }

    @Test("SPP010 holds a Gateway's listeners to the CRD's CEL rules: TLS by protocol, hostnames, unique names and addresses (TLS mode from v1.5)")
    func listenerRules() {
        let yaml = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw}
            spec:
              gatewayClassName: c
              listeners:
              - {name: http, port: 80, protocol: HTTP, tls: {mode: Terminate}}
              - {name: https, port: 443, protocol: HTTPS, tls: {mode: Passthrough}}
              - {name: tls, port: 8443, protocol: TLS}
              - {name: tcp, port: 9000, protocol: TCP, hostname: a.example.com}
              - {name: http, port: 8080, protocol: HTTP}
              - {name: other, port: 80, protocol: HTTP}
              - {name: tls2, port: 8444, protocol: TLS, tls: {}}
              - {name: https2, port: 443, protocol: HTTPS, hostname: a.example.com, tls: {certificateRefs: [{name: c}]}}
            """
        func findings(_ generation: Generation) -> [String] { Self.findings("SPP010", in: yaml, generation: generation) }
        let tlsMode = "9:5 spec.listeners[2] tls mode must be set for protocol TLS (listeners[2] is TLS without a TLS mode)"
        let others = [
            "7:49 spec.listeners[0].tls tls must not be specified for protocols ['HTTP', 'TCP', 'UDP'] (listeners[0] is HTTP)",
            "8:59 spec.listeners[1].tls.mode tls mode must be Terminate for protocol HTTPS (listeners[1] has mode Passthrough)",
            "10:54 spec.listeners[3].hostname hostname must not be specified for protocols ['TCP', 'UDP'] (listeners[3] is TCP)",
            "11:12 spec.listeners[4].name Listener name must be unique within the Gateway (listeners[0] is named \"http\" too)",
            "12:5 spec.listeners[5] Combination of port, protocol and hostname must be unique for each listener "
                + "(listeners[0] has the same port, protocol and hostname)",
        ]
        #expect(findings(.v1_6) == Array(others[..<2]) + [tlsMode] + others[2...])
        #expect(findings(.v1_4) == others)
    }

    @Test("a Gateway the API server refuses never exists: its routes are turned away (SPP212 names the refusal) and get no predicted status")
    func refusedGateway() throws {
        let yaml = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw}
            spec:
              gatewayClassName: c
              listeners:
              - {name: http, port: 80, protocol: HTTP}
              - {name: http, port: 8080, protocol: HTTP}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r}
            spec:
              parentRefs: [{name: gw}]
              rules:
              - backendRefs: [{name: s, port: 80}]
            """
        let analysis = InMemoryLint.analysis(yaml)
        #expect(analysis.report.diagnostics.map { "\($0.id) \($0.location.line):\($0.location.column) \($0.message)" } == [
            "SPP010 8:12 Listener name must be unique within the Gateway (listeners[0] is named \"http\" too)",
            "SPP212 14:16 the API server refuses Gateway default/gw (SPP010 at example.yaml:8:12), so it never exists: "
                + "the route is not accepted and carries no traffic",
        ])
        let route = try #require(analysis.graph.routes.first)
        guard case .refused(let gateway, let rejection) = try #require(route.parents.first).acceptance else {
            Issue.record("the parent is \(String(describing: route.parents.first?.acceptance))")
            return
        }
        #expect(gateway.metadata.name?.value == "gw" && rejection.ruleID == "SPP010")
        #expect(analysis.graph.entries.allSatisfy { $0.validity.isRejected })
        #expect(StatusPredictor.predict(analysis.graph).filter { $0.object === route.object }.isEmpty)
    }

    @Test("SPP010 holds backendRefs and HTTP path matches to the CRD's CEL rules: a Service needs a port; Exact and PathPrefix values are absolute, normalized paths")
    func referenceAndPathRules() {
        let yaml = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r}
            spec:
              rules:
              - backendRefs: [{name: a}, {name: b, port: 80}, {name: c, group: example.com, kind: Bucket}, {name: d, kind: Service, group: ""}]
                matches:
                - path: {value: shop}
                - path: {type: Exact, value: "/a//b#c"}
                - path: {type: RegularExpression, value: "x//y"}
                - path: {value: /a/./b/%2fc/..}
                - path: {value: "/é"}
                - path: {value: /ok%20path}
            """
        let findings = Self.findings("SPP010", in: yaml)
        let types = "when type one of ['Exact', 'PathPrefix']"
        #expect(findings == [
            "6:19 spec.rules[0].backendRefs[0] Must have port for Service reference",
            "6:96 spec.rules[0].backendRefs[3] Must have port for Service reference",
            "8:21 spec.rules[0].matches[0].path.value value must be an absolute path and start with '/' \(types)",
            "9:34 spec.rules[0].matches[1].path.value must not contain '#' \(types)",
            "9:34 spec.rules[0].matches[1].path.value must not contain '//' \(types)",
            "9:34 spec.rules[0].matches[1].path.value must only contain valid characters (matching "
                + "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']",
            "11:21 spec.rules[0].matches[3].path.value must not contain '%2f' \(types)",
            "11:21 spec.rules[0].matches[3].path.value must not contain '/./' \(types)",
            "11:21 spec.rules[0].matches[3].path.value must not end with '/..' \(types)",
            "12:21 spec.rules[0].matches[4].path.value must only contain valid characters (matching "
                + "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']",
        ])
    }

    @Test("SPP010: a policy's targetRefs are a list-map keyed by group, kind and name: a repeated target is refused, reported once at the repeat")
    func duplicateTargets() {
        let yaml = """
            apiVersion: gateway.networking.x-k8s.io/v1alpha1
            kind: XBackendTrafficPolicy
            metadata: {name: p}
            spec:
              targetRefs:
              - {group: "", kind: Service, name: s}
              - {group: "", kind: Service, name: t}
              - {group: "", kind: Service, name: s}
              - {group: "", kind: Service, name: s}
              sessionPersistence: {sessionName: sp, absoluteTimeout: 1h}
            """
        let findings = Self.findings("SPP010", in: yaml)
        #expect(findings == [
            "8:5 spec.targetRefs[2] \"targetRefs\" item 2 repeats item 0 (the same group, kind and name): a duplicate value",
            "9:5 spec.targetRefs[3] \"targetRefs\" item 3 repeats item 0 (the same group, kind and name): a duplicate value",
        ])
    }

    @Test("SPP010: the CEL rule on matches sums the first 16 rules only, as its 16 terms do (a 17th rule is the item bound's finding)")
    func matchesOfSixteenRules() {
        let rule = "  - matches: [" + (0..<8).map { "{path: {value: /m\($0)}}" }.joined(separator: ", ") + "]"
        let yaml = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r}
            spec:
              rules:
            \((0..<17).map { _ in rule }.joined(separator: "\n"))
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: s}
            spec:
              rules:
            \((0..<16).map { _ in rule }.joined(separator: "\n"))
              - matches: [{path: {value: /x}}]
            """
        #expect(Self.findings("SPP010", in: yaml) == [
            "22:5 spec.rules \"rules\" has 17 items; at most 16 are allowed (item 16 is the first too many)",
            "45:5 spec.rules \"rules\" has 17 items; at most 16 are allowed (item 16 is the first too many)",
        ])
        let over = yaml.replacingOccurrences(of: "{path: {value: /m0}}", with: "{path: {value: /m0}}, {path: {value: /n}}")
        #expect(Self.findings("SPP010", in: over).filter { $0.contains("While 16 rules") } == [
            "6:3 spec.rules While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be "
                + "less than 128 (its first 16 rules have 144 matches)",
            "29:3 spec.rules While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be "
                + "less than 128 (its first 16 rules have 144 matches)",
        ])
    }

    @Test("SPP010 holds an HTTPRoute rule's filters to the CRD's CEL rules: no redirect beside backendRefs; a prefix rewrite needs one PathPrefix match")
    func filterRules() {
        let yaml = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r}
            spec:
              rules:
              - backendRefs: [{name: a, port: 80}]
                filters:
                - {type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x, value: y}]}}
                - {type: RequestRedirect, requestRedirect: {scheme: https}}
              - matches: [{path: {value: /a}}, {path: {value: /b}}]
                filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /c}}}]
                backendRefs: [{name: a, port: 80}]
              - matches: [{path: {type: Exact, value: /a}}]
                backendRefs: [{name: a, port: 80, filters: [{type: RequestRedirect, requestRedirect: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /c}}}]}]
              - filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /c}}}]
                backendRefs: [{name: a, port: 80}]
              - matches: [{path: {value: /a}}]
                filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /c}}}]
                backendRefs: [{name: a, port: 80}]
            """
        #expect(Self.findings("SPP010", in: yaml) == [
            "9:7 spec.rules[0].filters[1] RequestRedirect filter must not be used together with backendRefs",
            "10:14 spec.rules[1].matches When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified",
            "13:14 spec.rules[2].matches Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, "
                + "exactly one PathPrefix match must be specified",
        ])
        #expect(Self.findings("SPP010", in: yaml, generation: .v1_1).count == 3)
    }

    /// The findings of rule `id` in `yaml`, each as `line:column path message`.
    private static func findings(_ id: String, in yaml: String, generation: Generation = .default) -> [String] {
        InMemoryLint.report(yaml, generation: generation).diagnostics.filter { $0.id == id }
            .map { "\($0.location.line):\($0.location.column) \($0.path?.description ?? "") \($0.message)" }
    }
}
