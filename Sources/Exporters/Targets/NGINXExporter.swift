import PolicyModel

/// NGINX. Open source 1.22 has no `sticky`: cookie persistence is the `map` + `add_header
/// Set-Cookie` pattern (the cookie names the server; a request carrying it is sent to that
/// server's address, any other to the weighted pool), read from `$http_cookie` with a regular
/// expression so that names with `-` or `.` work (`$cookie_NAME` only takes `[A-Za-z0-9_]`).
/// Header persistence is the same pattern with a header the proxy issues. 1.29.6 and NGINX
/// Plus have `sticky cookie` and, for headers, `sticky learn`.
public struct NGINXExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    /// `nginx`.
    public var target: ExportTarget { .nginx }

    private static func hasSticky(_ options: ExportOptions) -> Bool { options.versionAtLeast("1.29.6") }

    /// What NGINX expresses, by version.
    public var capabilities: CapabilityTable {
        CapabilityTable { capability, options in
            let sticky = Self.hasSticky(options)
            switch capability {
            case .cookie:
                return .full(sticky ? "sticky cookie NAME" : "map $http_cookie to the server's address, add_header Set-Cookie naming the server")
            case .header:
                return sticky
                    ? .lossy("sticky learn: the backend must issue the header (create=$upstream_http_NAME); the proxy does not")
                    : .full("map $http_NAME to the server's address, add_header NAME naming the server")
            case .sessionCookie: return .full(sticky ? "sticky cookie without expires" : "Set-Cookie without Max-Age")
            case .permanentCookie:
                return sticky ? .lossy("expires=N, re-sent on every response, so the lifetime slides") : .lossy("Max-Age=N, re-sent on every response, so the lifetime slides")
            case .absoluteTimeout:
                return .none("NGINX has no proxy-side session timeout; a client that keeps the cookie keeps its session")
            case .idleTimeout:
                return sticky ? .lossy("only sticky learn (header sessions) has timeout=; cookie sessions have none")
                    : .none("NGINX open source has no proxy-side idle timeout")
            case .cookiePath: return .full(sticky ? "path=" : "Path= in the Set-Cookie value")
            case .secure: return .full(sticky ? "secure" : "Secure in the Set-Cookie value")
            case .httpOnly: return .full(sticky ? "httponly" : "HttpOnly in the Set-Cookie value")
            case .sameSite: return .full(sticky ? "samesite=" : "SameSite= in the Set-Cookie value")
            case .regexPath: return .full("location ~ \"regex\" (NGINX tries regular expressions after exact and prefix locations)")
            case .weightedSplit: return .full("one upstream per rule with weighted servers; the session names the server")
            case .grpc: return .none("NGINX takes cleartext HTTP/2 (for grpc_pass) only on a listen with http2, which then refuses HTTP/1.1 on that port")
            }
        }
    }

    /// The configuration: the `http`-level blocks, or with `--standalone` a whole nginx.conf.
    public func render(_ plan: ExportPlan, options: ExportOptions, notices: inout NoticeCollector) throws(ExportError) -> String {
        var blocks: [String] = []
        var bodies: [String: String] = [:]
        var exported = Set<String>()
        let guard_ = ValueGuard(target: target)
        for route in plan.routes where try guard_.admits(route, notices: &notices) {
            for rule in route.rules {
                let settings = try SessionSettings.of(rule, route: route, plan: plan, table: capabilities, options: options, notices: &notices)
                let path = settings?.singlePath(.nginx, notices: &notices)
                guard let (text, body) = try upstream(rule, route: route, settings: settings, path: path, options: options,
                                                      profile: plan.implementation, notices: &notices) else { continue }
                blocks.append(text)
                bodies[rule.id] = body
                exported.insert(rule.id)
            }
        }
        let servers = try serverBlocks(plan, bodies: bodies, options: options, notices: &notices)
        var output = "# NGINX \(options.version) configuration written by sppctl from Gateway API manifests; do not edit by hand.\n"
        let inner = (blocks + servers).joined(separator: "\n")
        guard options.listen != nil else { return output + inner }
        output += """
            pid nginx.pid;
            error_log stderr notice;
            events {}
            http {
                access_log access.log;
                client_body_temp_path client_body_temp;
                proxy_temp_path proxy_temp;
                fastcgi_temp_path fastcgi_temp;
                uwsgi_temp_path uwsgi_temp;
                scgi_temp_path scgi_temp;
                server_names_hash_bucket_size 128;

            """
        output += inner.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        return output + "}\n"
    }

    /// The upstream and maps of one rule, and the body of its locations.
    private func upstream(_ rule: PlannedRule, route: PlannedRoute, settings: SessionSettings?, path: String?, options: ExportOptions,
                          profile: ImplementationProfile, notices: inout NoticeCollector) throws(ExportError) -> (String, String)? {
        let pool = "sppctl_\(rule.id)"
        let scaled = WeightScaler.scale(rule.backends.map { ($0.weight, $0.endpoints.count) }, maximum: 1000)
        var servers: [(name: String, address: String, weight: Int64, dns: Bool)] = []
        let guard_ = ValueGuard(target: target)
        for (backend, weight) in zip(rule.backends, scaled.weights) {
            for endpoint in backend.endpoints {
                let address = try guard_.address(endpoint, of: backend, route: route, notices: &notices)
                servers.append(("s\(servers.count)", address, weight, endpoint.fromDNS))
            }
        }
        if servers.contains(where: \.dns) {
            let message = Self.hasSticky(options)
                ? "the Service's DNS name is resolved at run time (server … resolve), which needs a resolver directive in the http block naming the cluster DNS"
                : "NGINX \(options.version) resolves a Service's DNS name once, at start, and does not start when it does not resolve; add the "
                    + "Service's EndpointSlices to the inputs to export its addresses"
            notices.report(.lossy, message, at: rule.node.rule.location, object: route.object)
        }
        let live = servers.filter { $0.weight > 0 }
        guard !live.isEmpty else {
            notices.report(.notExpressible, "\(route.label) \(rule.label) is not exported: every backend has weight 0, and an NGINX upstream needs a server",
                           at: rule.node.rule.location, object: route.object)
            return nil
        }
        var text = ""
        var body = ""
        let sticky = Self.hasSticky(options)
        if let settings {
            // A header name becomes an $http_ variable, which has no '.'.
            _ = try guard_.plainName(settings, dots: settings.token == "cookie", notices: &notices)
            if servers.contains(where: \.dns) && !sticky {
                notices.report(.notExpressible, "session persistence of \(route.label) \(rule.label) is not exported: the map pattern pins a "
                    + "session to an endpoint address, and the inputs hold no EndpointSlice for the backend", at: settings.persistence.settings.location,
                               object: settings.persistence.source)
                text += upstreamBlock(pool, servers: live, sticky: nil, resolve: false)
                body = "proxy_pass http://\(pool);"
                return (text, body)
            }
            if sticky && profile == .nginxGatewayFabric {
                let (blocks, location) = gatewayFabricUpstreams(rule, route: route, settings: settings, path: path, notices: &notices)
                text += blocks
                body = location
            } else if sticky {
                text += upstreamBlock(pool, servers: servers.map { ($0.name, $0.address, max($0.weight, 1), $0.dns) },
                                      sticky: stickyLine(settings, path: path, pool: pool, profile: profile, notices: &notices), resolve: true)
                if servers.contains(where: { $0.weight == 0 }) {
                    notices.report(.lossy, "NGINX servers take weight=1 or more: the weight-0 backends of \(route.label) \(rule.label) get weight 1",
                                   at: rule.node.rule.location, object: route.object)
                }
                body = "proxy_pass http://\(pool);"
            } else {
                text += mapBlocks(settings, path: path, pool: pool, servers: servers)
                text += upstreamBlock(pool, servers: live, sticky: nil, resolve: false)
                body = "proxy_pass http://$\(pool)_target;\n"
                body += settings.token == "cookie"
                    ? "add_header Set-Cookie $\(pool)_set_cookie always;"
                    : "add_header \(settings.name) $\(pool)_server always;"
            }
        } else {
            text += upstreamBlock(pool, servers: live, sticky: nil, resolve: sticky)
            body = "proxy_pass http://\(pool);"
        }
        if !scaled.exact {
            notices.report(.lossy, "the weights of \(route.label) \(rule.label) are rounded to whole NGINX server weights",
                           at: rule.node.rule.location, object: route.object)
        }
        return (text, body)
    }

    /// What NGINX Gateway Fabric writes for a rule with persistence: one upstream per backend,
    /// named `<ns>_<svc>_<port>_<route>_<routeNamespace>_<rule>`, each with the sticky cookie
    /// line; several backends are chosen per request by `split_clients $request_id`, so a
    /// session does not hold across them (state/graph/backend_refs.go, upstreams.go).
    private func gatewayFabricUpstreams(_ rule: PlannedRule, route: PlannedRoute, settings: SessionSettings, path: String?,
                                        notices: inout NoticeCollector) -> (String, String) {
        var text = ""
        var names: [(name: String, weight: Int64)] = []
        let line = stickyLine(settings, path: path, pool: "sppctl_\(rule.id)", profile: .nginxGatewayFabric, notices: &notices)
        for backend in rule.backends {
            let port = backend.entry.backend.reference.port?.value ?? 80
            let raw = "\(backend.identity.namespace)_\(backend.identity.name)_\(port)_\(route.object.metadata.name?.value ?? "")_"
                + "\(route.object.metadata.effectiveNamespace)_\(rule.index)"
            let name = String(raw.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "-" ? $0 : "_" })
            let servers = backend.endpoints.enumerated().map { index, endpoint in
                (name: "s\(index)", address: endpoint.host.contains(":") ? "[\(endpoint.host)]:\(endpoint.port)" : endpoint.address,
                 weight: Int64(1), dns: endpoint.fromDNS)
            }
            text += upstreamBlock(name, servers: servers, sticky: line, resolve: true)
            names.append((name, backend.weight))
        }
        guard names.count > 1 else { return (text, "proxy_pass http://\(names[0].name);") }
        let total = names.reduce(Int64(0)) { $0 + $1.weight }
        let variable = "$sppctl_\(rule.id)_split"
        text += "split_clients $request_id \(variable) {\n"
        for (index, entry) in names.enumerated() {
            if index == names.count - 1 {
                text += "    * \(entry.name);\n"
            } else {
                let hundredths = total > 0 ? entry.weight * 10_000 / total : 0
                text += "    \(hundredths / 100).\(String(hundredths % 100).leftPadded(to: 2))% \(entry.name);\n"
            }
        }
        text += "}\n"
        return (text, "proxy_pass http://\(variable);")
    }

    /// An upstream; `resolve` (1.29.6 and Plus) resolves DNS names at run time, in a zone.
    private func upstreamBlock(_ name: String, servers: [(name: String, address: String, weight: Int64, dns: Bool)], sticky: String?,
                               resolve: Bool) -> String {
        var text = "upstream \(name) {\n"
        let resolving = resolve && servers.contains(where: \.dns)
        if sticky != nil || resolving { text += "    zone \(name) 64k;\n" }
        for server in servers {
            text += "    server \(server.address) weight=\(server.weight)" + (sticky != nil ? " route=\(server.name)" : "")
                + (resolving && server.dns ? " resolve" : "") + ";\n"
        }
        if let sticky { text += "    \(sticky)\n" }
        return text + "}\n"
    }

    private func stickyLine(_ settings: SessionSettings, path: String?, pool: String, profile: ImplementationProfile,
                            notices: inout NoticeCollector) -> String? {
        if settings.token == "header" {
            let variable = settings.name.lowercased().replacing(scalar: "-", with: "_")
            let timeout = settings.idleTimeout ?? settings.absoluteTimeout
            return "sticky learn create=$upstream_http_\(variable) lookup=$http_\(variable) zone=\(pool)_sessions:1m"
                + (timeout.map { " timeout=\($0)s" } ?? "") + " header;"
        }
        var line = "sticky cookie \(settings.name)"
        if let maxAge = settings.maxAge {
            var expires = "\(maxAge)s"
            // NGINX Gateway Fabric writes the duration its own way: kept, or rounded up.
            if profile == .nginxGatewayFabric, let written = settings.persistence.settings.writtenAbsoluteTimeout {
                guard let formatted = GatewayFabricDuration.format(written, seconds: maxAge) else {
                    notices.report(.notExpressible, "absoluteTimeout \(written) is beyond 9999h: NGINX Gateway Fabric discards the whole "
                        + "session persistence setting (the route stays Accepted with a warning)",
                                   at: settings.persistence.settings.location, object: settings.persistence.source)
                    return nil
                }
                expires = formatted
            }
            line += " expires=\(expires)"
        }
        if let path { line += " path=\(path)" }
        if settings.httpOnly { line += " httponly" }
        if settings.secure { line += " secure" }
        if let sameSite = settings.sameSite { line += " samesite=\(sameSite.lowercased())" }
        return line + ";"
    }

    /// The open-source pattern: which server a request's token names, and the token each
    /// server's responses carry.
    private func mapBlocks(_ settings: SessionSettings, path: String?, pool: String, servers: [(name: String, address: String, weight: Int64, dns: Bool)]) -> String {
        var text = ""
        let incoming: String
        if settings.token == "cookie" {
            let escaped = settings.name.replacing(scalar: ".", with: "\\.")
            text += "map $http_cookie $\(pool)_in {\n    default \"\";\n    \"~(?:^|;\\s*)\(escaped)=(?<\(pool)_v>[^;]+)\" $\(pool)_v;\n}\n"
            incoming = "$\(pool)_in"
        } else {
            incoming = "$http_" + settings.name.lowercased().replacing(scalar: "-", with: "_")
        }
        text += "map \(incoming) $\(pool)_target {\n    default \(pool);\n"
        for server in servers { text += "    \(server.name) \(server.address);\n" }
        text += "}\n"
        if settings.token == "cookie" {
            var attributes = ""
            if let path { attributes += "; Path=\(path)" }
            if let maxAge = settings.maxAge { attributes += "; Max-Age=\(maxAge)" }
            if settings.httpOnly { attributes += "; HttpOnly" }
            if settings.secure { attributes += "; Secure" }
            if let sameSite = settings.sameSite { attributes += "; SameSite=\(sameSite)" }
            text += "map $upstream_addr $\(pool)_set_cookie {\n    default \"\";\n"
            for server in servers { text += "    \(server.address) \"\(settings.name)=\(server.name)\(attributes)\";\n" }
        } else {
            text += "map $upstream_addr $\(pool)_server {\n    default \"\";\n"
            for server in servers { text += "    \(server.address) \(server.name);\n" }
        }
        return text + "}\n"
    }

    /// One server block per hostname (and a default one for routes without hostnames), each
    /// with the locations of the routes that serve that host, in Gateway API precedence.
    private func serverBlocks(_ plan: ExportPlan, bodies: [String: String], options: ExportOptions,
                              notices: inout NoticeCollector) throws(ExportError) -> [String] {
        let ordered = RoutingEntry.ordered(plan).filter { bodies[$0.rule.id] != nil }
        var hosts: [String] = []
        for entry in ordered {
            for host in entry.route.hostnames where !hosts.contains(host) { hosts.append(host) }
        }
        var blocks: [String] = []
        for host in hosts.sorted() + [""] {
            let entries = ordered.filter { entry in
                entry.route.hostnames.isEmpty || entry.route.hostnames.contains(host)
                    || (!host.hasPrefix("*.") && entry.route.hostnames.contains { $0.hasPrefix("*.") && host.hasSuffix(String($0.dropFirst(1))) })
            }
            if host.isEmpty && !ordered.contains(where: { $0.route.hostnames.isEmpty }) { continue }
            var locations: [String] = []
            var text = "server {\n"
            if let listen = options.listen {
                text += "    listen \(listen)\(host.isEmpty ? " default_server" : "");\n"
            }
            text += "    server_name \(host.isEmpty ? "_" : host);\n"
            for entry in entries where host.isEmpty ? entry.route.hostnames.isEmpty : true {
                for key in try locationKeys(entry, notices: &notices) {
                    if locations.contains(key) {
                        notices.report(.notExpressible, "\(entry.route.label) \(entry.rule.label): the location \(key) is already taken by a route "
                            + "of higher precedence for \(host.isEmpty ? "any host" : host)", at: entry.match?.location ?? entry.rule.node.rule.location,
                                       object: entry.rule.route)
                        continue
                    }
                    locations.append(key)
                    text += "    location \(key) {\n"
                    text += "        proxy_set_header Host $host;\n"
                    for line in bodies[entry.rule.id]!.split(separator: "\n") { text += "        \(line)\n" }
                    text += "    }\n"
                }
            }
            blocks.append(text + "}\n")
        }
        return blocks
    }

    private func locationKeys(_ entry: RoutingEntry, notices: inout NoticeCollector) throws(ExportError) -> [String] {
        guard let match = entry.match else { return ["/"] }
        let guard_ = ValueGuard(target: target)
        if match.type == "RegularExpression" { return ["~ \"\(try guard_.regex(match, of: entry.rule, notices: &notices))\""] }
        let value = try guard_.path(match, of: entry.rule, notices: &notices)
        if match.type == "Exact" { return ["= \(value)"] }
        let prefix = RoutingEntry.prefix(value)
        return prefix == "/" ? ["/"] : ["= \(prefix)", "\(prefix)/"]
    }
}
