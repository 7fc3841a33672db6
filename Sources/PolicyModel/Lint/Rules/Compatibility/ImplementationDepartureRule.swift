/// SPP304: under a controller's profile, a setting that controller ignores or changes.
public struct ImplementationDepartureRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP304", name: "implementation-departure", defaultSeverity: .info, category: .compatibility,
        summary: "under --implementation, a setting the selected controller ignores or programs differently",
        rationale: """
            Controllers implement GEP-1619 partially, and silently: Envoy Gateway reads no \
            XBackendTrafficPolicy and no GRPCRoute persistence, sets a cookie TTL only for \
            lifetimeType Permanent and ignores absoluteTimeout for header sessions; NGINX Gateway \
            Fabric programs Cookie persistence only (a Header setting is discarded), drops expires \
            for Session-lifetime cookies, keeps it when cookieConfig is absent, and picks the \
            backend of every request by weight, so sessions do not hold across a split. Neither \
            reads idleTimeout or backend policies. With --implementation envoy-gateway or \
            nginx-gateway-fabric, each such setting is reported where it is written, so the \
            manifest says what will really happen. Under the default gep profile this rule is silent.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - backendRefs:
                    - {name: web, port: 80}
                    sessionPersistence:
                      sessionName: web
                      absoluteTimeout: ↓1h
                      cookieConfig:
                        lifetimeType: Session
                """, implementation: .envoyGateway),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - backendRefs:
                    - {name: web, port: 80}
                    ↓sessionPersistence:
                      sessionName: X-Session
                      type: Header
                      absoluteTimeout: 1h
                """, implementation: .nginxGatewayFabric),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - backendRefs:
                    - {name: web, port: 80}
                    sessionPersistence:
                      sessionName: web
                      absoluteTimeout: 1h
                      cookieConfig:
                        lifetimeType: Permanent
                """, implementation: .envoyGateway),
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - backendRefs:
                    - {name: web, port: 80}
                    sessionPersistence:
                      sessionName: web
                      absoluteTimeout: 1h
                      cookieConfig:
                        lifetimeType: Session
                """),
        ])

    /// Creates the rule.
    public init() {}

    /// Reports every setting the selected controller ignores or changes.
    public func check(_ context: LintContext) -> [Finding] {
        let profile = context.implementation
        guard profile.isController else { return [] }
        var findings: [Finding] = []
        for (config, object) in context.sessionPersistenceConfigs {
            findings += departures(config, object: object, profile: profile)
        }
        for (spec, object) in context.seedPolicies {
            if let reason = profile.ignoredPolicyKind(.sessionPersistencePolicy) {
                findings.append(Finding(at: spec.location, "\(reason): this policy's session persistence is not applied", path: .spec, object: object))
            }
        }
        if !profile.sessionHoldsAcrossSplit {
            var reported = Set<SourceLocation>()
            for entry in context.graph.entries where entry.rule.backends.count > 1 {
                guard let persistence = entry.appliedPersistence, reported.insert(persistence.settings.location).inserted else { continue }
                let anchor = entry.persistenceAnchor
                findings.append(Finding(
                    at: anchor.location,
                    "\(profile.displayName) picks the backend of every request by weight (split_clients), so a session does not hold "
                        + "across this rule's \(entry.rule.backends.count) backends: requests carrying the cookie may reach another backend",
                    path: anchor.path, object: entry.route.object))
            }
        }
        return findings
    }

    private func departures(_ config: SessionPersistenceConfig, object: KubeObject, profile: ImplementationProfile) -> [Finding] {
        if let kind = object.knownKind, let reason = profile.ignoredPolicyKind(kind) {
            return [Finding(at: config.location, "\(reason): this sessionPersistence is not applied", path: config.path, object: object)]
        }
        guard case .route(let route) = object.spec else { return [] }
        let settings = PersistenceSettings(config, of: object)
        let type = settings.type.value
        if let reason = profile.ignoredRoutePersistence(type: type, grpc: route.isGRPC) {
            return [Finding(at: config.location, "\(reason): this sessionPersistence is not applied", path: config.path, object: object)]
        }
        var findings: [Finding] = []
        if let field = config.absoluteTimeout, settings.absoluteTimeout != nil {
            let enforcement = profile.absoluteTimeoutEnforcement(type: type, lifetime: settings.lifetime.value,
                                                                  lifetimeWritten: settings.cookieConfigWritten)
            if case .ignored(let reason) = enforcement {
                findings.append(Finding(at: field.location, "absoluteTimeout \(field.value) is not enforced: \(reason)", path: field.path, object: object))
            } else if type == "Cookie", !settings.cookieConfigWritten,
                      profile.cookieHasLifetime(absoluteTimeoutSet: true, lifetime: settings.lifetime.value, lifetimeWritten: false) {
                findings.append(Finding(
                    at: field.location,
                    "\(profile.displayName) keeps expires=\(field.value) on the cookie when cookieConfig is absent, so it outlives the "
                        + "browser session although the API's default lifetime is Session; write cookieConfig.lifetimeType to choose",
                    path: field.path, object: object))
            }
        }
        if let field = config.idleTimeout, !profile.honoursIdleTimeout {
            findings.append(Finding(at: field.location, "idleTimeout \(field.value) is not enforced: \(profile.displayName) does not read idleTimeout",
                                    path: field.path, object: object))
        }
        return findings
    }
}
