import PolicyModel

/// Envoy, as a v3 Bootstrap: one listener whose HTTP connection manager carries the stateful
/// session filter disabled, enabled per route (`StatefulSessionPerRoute`) with that route's
/// cookie or header, so rules with different settings keep them; one route per path match,
/// each with its own cookie Path; one cluster per rule holding every endpoint of every
/// backend with its weight, so one session holds across a split. Weight-0 backends sit at
/// priority 1: new requests never go there, sessions pinned to them still do.
public struct EnvoyExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    /// `envoy`.
    public var target: ExportTarget { .envoy }

    private static let statefulSession = "envoy.filters.http.stateful_session"

    /// What Envoy's stateful session filter expresses (data-plane-api stateful_session v3).
    public var capabilities: CapabilityTable {
        CapabilityTable { capability, _ in
            switch capability {
            case .cookie: return .full("CookieBasedSessionState")
            case .header: return .full("HeaderBasedSessionState")
            case .sessionCookie: return .full("a cookie without ttl")
            case .permanentCookie: return .full("cookie.ttl: Max-Age, and Envoy ignores the cookie once it has expired")
            case .absoluteTimeout:
                return .lossy("Envoy enforces a session's expiry only through cookie.ttl, which also gives the cookie a Max-Age: a Session-lifetime cookie or a header session gets no timeout")
            case .idleTimeout: return .none("Envoy's stateful sessions have no idle timeout")
            case .cookiePath: return .full("cookie.path, per route")
            case .secure: return .full("cookie.attributes Secure (Envoy with data-plane-api #40084, 2025-07)")
            case .httpOnly: return .full("Envoy always sets HttpOnly")
            case .sameSite: return .full("cookie.attributes SameSite (Envoy with data-plane-api #40084, 2025-07)")
            case .regexPath: return .full("safe_regex (RE2)")
            case .weightedSplit: return .full("one cluster per rule with weighted endpoints")
            case .grpc: return .full("HTTP/2 to the cluster (http2_protocol_options)")
            }
        }
    }

    /// The Bootstrap.
    public func render(_ plan: ExportPlan, options: ExportOptions, notices: inout NoticeCollector) throws(ExportError) -> String {
        // Made by a function of its own, so that the tree is the only reference to its parts
        // when it is handed on to be freed.
        let text = BackgroundRelease.using(try bootstrap(plan, options: options, notices: &notices), jobs: options.jobs) { tree in
            YAMLWriter.render(tree, jobs: options.jobs)
        }
        return "# Envoy v3 Bootstrap written by sppctl from Gateway API manifests; do not edit by hand.\n" + text
    }

    private func bootstrap(_ plan: ExportPlan, options: ExportOptions, notices: inout NoticeCollector) throws(ExportError) -> JSONValue {
        var clusters: [JSONValue] = []
        var settingsByRule: [String: SessionSettings] = [:]
        let guard_ = ValueGuard(target: target)
        let table = capabilities
        // Each admitted route's rules: their settings and clusters.
        let parts = try RouteParts.make(plan.routes, jobs: options.jobs, notices: &notices) { route, notices throws(ExportError) in
            var rules: [(id: String, settings: SessionSettings?, cluster: JSONValue)] = []
            guard try guard_.admits(route, grpc: true, notices: &notices) else { return rules }
            guard_.noteGRPCMethods(route, notices: &notices)
            for rule in route.rules {
                let settings = try SessionSettings.of(rule, route: route, plan: plan, table: table, options: options, notices: &notices)
                rules.append((rule.id, settings, try cluster(rule, route: route, notices: &notices)))
            }
            return rules
        }
        for rule in parts.joined() {
            if let settings = rule.settings { settingsByRule[rule.id] = settings }
            clusters.append(rule.cluster)
        }
        // One virtual host per hostname, with its routes and then the routes for any host
        // (they serve every host), in precedence order; and a catch-all host.
        var byHost: [String: [JSONValue]] = [:]
        var anyHost: [JSONValue] = []
        let entries = RoutingEntry.ordered(plan)
        let sessions = settingsByRule
        // Each entry's route, made on the workers.
        let values = try RouteParts.make(entries, jobs: options.jobs, notices: &notices) { entry, notices throws(ExportError) in
            var routeValue: [(String, JSONValue)] = [("match", try match(entry, notices: &notices))]
            var action: [(String, JSONValue)] = [("cluster", .string(entry.rule.id))]
            if entry.route.isGRPC { action.append(("timeout", .string("0s"))) }
            routeValue.append(("route", .object(action)))
            if let settings = sessions[entry.rule.id] {
                routeValue.append(("typed_per_filter_config", .object([(Self.statefulSession, perRoute(settings, matchIndex: entry.matchIndex))])))
            }
            return JSONValue.object(routeValue)
        }
        for (entry, value) in zip(entries, values) {
            if entry.route.hostnames.isEmpty {
                anyHost.append(value)
                for host in byHost.keys { byHost[host]!.append(value) }
            } else {
                for host in entry.route.hostnames {
                    if byHost[host] == nil { byHost[host] = anyHost }
                    byHost[host]!.append(value)
                }
            }
        }
        var virtualHosts: [JSONValue] = byHost.keys.sorted().map { host in
            .object([("name", .string(host)), ("domains", .array([.string(host)])), ("routes", .array(byHost[host]!))])
        }
        if !anyHost.isEmpty || virtualHosts.isEmpty {
            virtualHosts.append(.object([("name", .string("any")), ("domains", .array([.string("*")])), ("routes", .array(anyHost))]))
        }
        var filters: [JSONValue] = []
        if !settingsByRule.isEmpty {
            filters.append(.object([
                ("name", .string(Self.statefulSession)), ("disabled", .bool(true)),
                ("typed_config", .object([("@type", .string("type.googleapis.com/envoy.extensions.filters.http.stateful_session.v3.StatefulSession"))])),
            ]))
        }
        filters.append(.object([("name", .string("envoy.filters.http.router")),
                                ("typed_config", .object([("@type", .string("type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"))]))]))
        let listen = options.listen ?? ListenAddress("0.0.0.0:10000")!
        let manager = JSONValue.object([
            ("@type", .string("type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager")),
            ("stat_prefix", .string("sppctl")),
            ("strip_any_host_port", .bool(true)),
            ("http_filters", .array(filters)),
            ("route_config", .object([("name", .string("sppctl")), ("virtual_hosts", .array(virtualHosts))])),
        ])
        var bootstrap: [(String, JSONValue)] = []
        if options.listen != nil {
            bootstrap.append(("admin", .object([("address", socket("127.0.0.1", 9901))])))
        }
        bootstrap.append(("static_resources", .object([
            ("listeners", .array([.object([
                ("name", .string("sppctl")),
                ("address", socket(listen.host, Int64(listen.port))),
                ("filter_chains", .array([.object([("filters", .array([.object([
                    ("name", .string("envoy.filters.network.http_connection_manager")), ("typed_config", manager),
                ])]))])])),
            ])])),
            ("clusters", .array(clusters)),
        ])))
        return .object(bootstrap)
    }

    private func socket(_ host: String, _ port: Int64) -> JSONValue {
        .object([("socket_address", .object([("address", .string(host)), ("port_value", .int(port))]))])
    }

    private func match(_ entry: RoutingEntry, notices: inout NoticeCollector) throws(ExportError) -> JSONValue {
        guard let match = entry.match else { return .object([("prefix", .string("/"))]) }
        switch match.type {
        case "Exact": return .object([("path", .string(match.value))])
        case "RegularExpression": return .object([("safe_regex", .object([("regex", .string(match.value))]))])
        default:
            let prefix = RoutingEntry.prefix(match.value)
            // path_separated_prefix matches whole segments: /cart and /cart/…, not /carts.
            return prefix == "/" ? .object([("prefix", .string("/"))]) : .object([("path_separated_prefix", .string(prefix))])
        }
    }

    private func perRoute(_ settings: SessionSettings, matchIndex: Int) -> JSONValue {
        let state: JSONValue
        if settings.token == "header" {
            state = .object([
                ("name", .string("envoy.http.stateful_session.header")),
                ("typed_config", .object([
                    ("@type", .string("type.googleapis.com/envoy.extensions.http.stateful_session.header.v3.HeaderBasedSessionState")),
                    ("name", .string(settings.name)),
                ])),
            ])
        } else {
            var cookie: [(String, JSONValue)] = [("name", .string(settings.name))]
            if let path = settings.path(forMatch: matchIndex) { cookie.append(("path", .string(path))) }
            if let maxAge = settings.maxAge { cookie.append(("ttl", .string("\(maxAge)s"))) }
            var attributes: [JSONValue] = []
            if let sameSite = settings.sameSite { attributes.append(.object([("name", .string("SameSite")), ("value", .string(sameSite))])) }
            if settings.secure { attributes.append(.object([("name", .string("Secure"))])) }
            if !attributes.isEmpty { cookie.append(("attributes", .array(attributes))) }
            state = .object([
                ("name", .string("envoy.http.stateful_session.cookie")),
                ("typed_config", .object([
                    ("@type", .string("type.googleapis.com/envoy.extensions.http.stateful_session.cookie.v3.CookieBasedSessionState")),
                    ("cookie", .object(cookie)),
                ])),
            ])
        }
        return .object([
            ("@type", .string("type.googleapis.com/envoy.extensions.filters.http.stateful_session.v3.StatefulSessionPerRoute")),
            ("stateful_session", .object([("session_state", state)])),
        ])
    }

    private func cluster(_ rule: PlannedRule, route: PlannedRoute, notices: inout NoticeCollector) throws(ExportError) -> JSONValue {
        let scaled = WeightScaler.scale(rule.backends.map { ($0.weight, $0.endpoints.count) }, maximum: 10_000)
        if !scaled.exact {
            notices.report(.lossy, "the weights of \(route.label) \(rule.label) are rounded to whole Envoy endpoint weights",
                           at: rule.node.rule.location, object: route.object)
        }
        var live: [JSONValue] = []
        var standby: [JSONValue] = []
        var dns = false
        for (backend, weight) in zip(rule.backends, scaled.weights) {
            for endpoint in backend.endpoints {
                _ = try ValueGuard(target: target).host(endpoint, of: backend, route: route, notices: &notices)
                dns = dns || endpoint.fromDNS
                let value = JSONValue.object([
                    ("endpoint", .object([("address", socket(endpoint.host, endpoint.port))])),
                    ("load_balancing_weight", .int(max(weight, 1))),
                ])
                if weight == 0 { standby.append(value) } else { live.append(value) }
            }
        }
        var localities: [JSONValue] = []
        if !live.isEmpty { localities.append(.object([("lb_endpoints", .array(live))])) }
        if !standby.isEmpty { localities.append(.object([("priority", .int(live.isEmpty ? 0 : 1)), ("lb_endpoints", .array(standby))])) }
        var members: [(String, JSONValue)] = [
            ("name", .string(rule.id)),
            ("type", .string(dns ? "STRICT_DNS" : "STATIC")),
            ("connect_timeout", .string("5s")),
            ("lb_policy", .string("ROUND_ROBIN")),
        ]
        if route.isGRPC {
            members.append(("typed_extension_protocol_options", .object([("envoy.extensions.upstreams.http.v3.HttpProtocolOptions", .object([
                ("@type", .string("type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions")),
                ("explicit_http_config", .object([("http2_protocol_options", .object([]))])),
            ]))])))
        }
        members.append(("load_assignment", .object([("cluster_name", .string(rule.id)), ("endpoints", .array(localities))])))
        return .object(members)
    }
}
