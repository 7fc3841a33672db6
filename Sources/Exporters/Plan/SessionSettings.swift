import PolicyModel

/// The session a rule's persistence asks a dataplane for, decided once for every exporter:
/// the token and its name, the cookie attributes, lifetimes and timeouts, with the notices
/// the target's capability table gives for each setting it cannot express as asked.
public struct SessionSettings: Sendable {
    /// `cookie` or `header`.
    public let token: String
    /// The cookie or header name (checked: an RFC 7230 token).
    public let name: String
    /// HttpOnly: always under the GEP's profile (its default); under a controller's, what that
    /// controller sets (Envoy adds it; NGINX Gateway Fabric does not).
    public let httpOnly: Bool
    /// Secure: under the GEP's profile, only when the route is served only over HTTPS
    /// listeners (a browser never sends a Secure cookie back over HTTP); under a controller's
    /// profile, what that controller sets.
    public let secure: Bool
    /// SameSite, when set.
    public let sameSite: String?
    /// The cookie's Max-Age in seconds (lifetimeType Permanent); `nil` for a session cookie.
    public let maxAge: Int64?
    /// The absolute timeout the proxy should enforce, in seconds.
    public let absoluteTimeout: Int64?
    /// The idle timeout the proxy should enforce, in seconds.
    public let idleTimeout: Int64?
    /// The cookie Path for each path match of the rule (or one for the whole rule); `nil`
    /// entries mean no Path attribute.
    public let paths: [String?]
    /// The persistence it was made from.
    public let persistence: EffectivePersistence

    /// The settings of `rule`, or `nil` without persistence. Reports a notice for each
    /// setting `table` cannot express under `options`, and an error notice (then throws) for a
    /// name that cannot be written at all.
    public static func of(_ rule: PlannedRule, route: PlannedRoute, plan: ExportPlan, table: CapabilityTable, options: ExportOptions,
                          notices: inout NoticeCollector) throws(ExportError) -> SessionSettings? {
        guard let persistence = rule.persistence else { return nil }
        let settings = persistence.settings
        let source = persistence.source
        let token = persistence.token
        let name = persistence.sessionName.value
        let nameLocation = persistence.sessionName.provenance.location ?? settings.location
        guard SafeText.isToken(name) else {
            notices.report(.notExpressible, "\(token) name \"\(name.unicodeScalars.map { $0.escaped(asASCII: true) }.joined())\" is not an RFC 7230 token: "
                + "it cannot be written into \(options.target.displayName) configuration; no configuration is written",
                           at: nameLocation, object: source, severity: .error)
            throw .unsafeValue
        }
        func check(_ capability: Capability, _ what: String, at location: SourceLocation) {
            let support = table.support(capability, options)
            guard let kind = support.notice else { return }
            notices.report(kind, "\(what): \(support.text)", at: location, object: source)
        }
        check(token == "header" ? .header : .cookie, "\(token) persistence", at: settings.location)

        let profile = plan.implementation
        // The GEP asks for HttpOnly; a controller's profile sets what that controller sets.
        let httpOnly = profile.isController ? persistence.attributes.httpOnly : true
        let secure: Bool
        let sameSite: String?
        if profile.isController {
            secure = persistence.attributes.secure
            sameSite = persistence.attributes.sameSite
        } else {
            secure = route.servedOnlyOverHTTPS
            sameSite = "Strict"
        }
        var absolute: Int64?
        if let timeout = settings.absoluteTimeout, let enforcement = persistence.absoluteTimeoutEnforcement {
            switch enforcement {
            case .gateway, .gatewayAndCookie:
                absolute = timeout.value
                // A Permanent cookie's timeout is its Max-Age; the permanent-cookie capability
                // says whether the proxy enforces it too.
                if persistence.cookieMaxAge == nil || token == "header" {
                    check(.absoluteTimeout, "absoluteTimeout \(GEPDuration.describe(seconds: timeout.value))",
                          at: timeout.provenance.location ?? settings.location)
                }
            case .cookieOnly, .ignored:
                break
            }
        }
        let idle = persistence.idleTimeoutEnforcement.flatMap { enforcement -> Int64? in
            if case .gateway = enforcement { return settings.idleTimeout?.value }
            return nil
        }
        if let idle, let field = settings.idleTimeout {
            check(.idleTimeout, "idleTimeout \(GEPDuration.describe(seconds: idle))", at: field.provenance.location ?? settings.location)
        }
        var paths: [String?] = [nil]
        if token == "cookie" {
            if let maxAge = persistence.cookieMaxAge {
                check(.permanentCookie, "a cookie that outlives the browser session (Max-Age \(maxAge))",
                      at: settings.lifetime.provenance.location ?? settings.location)
            } else {
                check(.sessionCookie, "a session cookie", at: settings.location)
            }
            if httpOnly { check(.httpOnly, "HttpOnly", at: settings.location) }
            if secure { check(.secure, "Secure", at: settings.location) }
            if sameSite != nil { check(.sameSite, "SameSite=\(sameSite!)", at: settings.location) }
            if !secure && !profile.isController {
                notices.report(.lossy, "the cookie gets no Secure attribute: \(route.label) is not known to be served only over HTTPS "
                    + "listeners, and browsers never send a Secure cookie back over HTTP; the session cookie travels in clear text",
                               at: settings.location, object: source)
            }
            switch persistence.cookiePath {
            case .unset: paths = [nil]
            case .fixed(let path): paths = [path]
            case .perMatch:
                // One Path per match: the one a request through that match gets.
                paths = rule.matches.map { match in
                    (profile.cookiePath(for: [match], grpc: route.isGRPC) ?? CookiePath.derived(from: [match])).paths.first
                }
            }
            let wanted = Set(paths.compactMap { $0 }).subtracting(["/"])
            if !wanted.isEmpty {
                check(.cookiePath, "cookie Path \(wanted.sorted().joined(separator: ", "))",
                      at: persistence.cookiePathProvenance.location ?? settings.location)
            }
        }
        if rule.backends.filter({ $0.weight > 0 }).count > 1 {
            check(.weightedSplit, "a session across the weighted backends of \(route.label) \(rule.label)", at: rule.node.rule.location)
        }
        return SessionSettings(token: token, name: name, httpOnly: httpOnly, secure: secure, sameSite: sameSite,
                               maxAge: token == "cookie" ? persistence.cookieMaxAge : nil, absoluteTimeout: absolute, idleTimeout: idle,
                               paths: paths, persistence: persistence)
    }

    /// The cookie Path for the rule's match at `index` (the first when the rule has one Path).
    public func path(forMatch index: Int) -> String? {
        paths.count > index ? paths[index] : paths.first ?? nil
    }

    /// One cookie Path for the whole rule, for targets with one cookie per load balancer: the
    /// first match's, with a notice when the matches would give different Paths.
    public func singlePath(_ target: ExportTarget, notices: inout NoticeCollector) -> String? {
        let distinct = paths.reduce(into: [String?]()) { if !$0.contains($1) { $0.append($1) } }
        if distinct.count > 1 {
            notices.report(.lossy, "one cookie per load balancer on \(target.displayName): the rule's matches would give the Paths "
                + distinct.map { $0 ?? "(none)" }.joined(separator: ", ") + "; the cookie gets \(distinct[0] ?? "no Path")",
                           at: persistence.cookiePathProvenance.location ?? persistence.settings.location, object: persistence.source)
        }
        return distinct.first ?? nil
    }
}
