import PolicyModel

/// HAProxy (2.6, 3.0): one frontend routing by Host and path in Gateway API precedence, one
/// backend per rule. Cookie persistence is `cookie NAME insert indirect nocache httponly`
/// with `secure`, `attr "SameSite=…"`, `maxlife`/`maxidle` for the timeouts and
/// `attr "Max-Age=N"` for Permanent cookies; header persistence is a response header issued
/// by the proxy (`http-response set-header NAME %[srv_name]`) that `use-server` follows.
public struct HAProxyExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    /// `haproxy`.
    public var target: ExportTarget { .haproxy }

    /// What HAProxy expresses (doc/configuration.txt, `cookie` and `use-server`).
    public var capabilities: CapabilityTable {
        CapabilityTable { capability, _ in
            switch capability {
            case .cookie: return .full("cookie NAME insert indirect nocache")
            case .header: return .full("a header issued by the proxy (http-response set-header NAME %[srv_name]) followed by use-server")
            case .sessionCookie: return .full("an inserted cookie carries no Expires or Max-Age")
            case .permanentCookie: return .full("attr \"Max-Age=N\"")
            case .absoluteTimeout: return .full("maxlife: the proxy ignores a cookie older than the timeout (cookie sessions; header sessions have none)")
            case .idleTimeout: return .full("maxidle: the proxy ignores a cookie not seen for the timeout (cookie sessions)")
            case .cookiePath: return .lossy("HAProxy always writes path=/ on its cookie (an attr would add a second Path), so the cookie also goes with requests outside the route's paths")
            case .secure: return .full("secure")
            case .httpOnly: return .full("httponly")
            case .sameSite: return .full("attr \"SameSite=…\"")
            case .regexPath: return .full("acl path -m reg")
            case .weightedSplit: return .full("one backend per rule: the cookie names the server, whatever the weights")
            case .grpc: return .full("HTTP/2 to the servers (proto h2); the frontend accepts h2c")
            }
        }
    }

    /// The configuration.
    public func render(_ plan: ExportPlan, options: ExportOptions, notices: inout NoticeCollector) throws(ExportError) -> String {
        var frontend: [String] = []
        var backends: [String] = []
        var usesDNS = false
        var sessions: [String: SessionSettings?] = [:]
        let guard_ = ValueGuard(target: target)
        let table = capabilities
        // Each admitted route's rules: their settings, backend sections and whether they resolve names.
        let parts = try RouteParts.make(plan.routes, jobs: options.jobs, notices: &notices) { route, notices throws(ExportError) in
            var rules: [(id: String, settings: SessionSettings?, section: String, dns: Bool)] = []
            guard try guard_.admits(route, grpc: true, notices: &notices) else { return rules }
            guard_.noteGRPCMethods(route, notices: &notices)
            for rule in route.rules {
                let settings = try SessionSettings.of(rule, route: route, plan: plan, table: table, options: options, notices: &notices)
                if let settings, settings.token == "header", settings.absoluteTimeout != nil || settings.idleTimeout != nil {
                    notices.report(.lossy, "header sessions have no timeout on HAProxy's use-server pattern: the session holds while the client "
                        + "sends the header", at: settings.persistence.settings.location, object: settings.persistence.source)
                }
                let (section, dns) = try backend(rule, route: route, settings: settings, notices: &notices)
                rules.append((rule.id, settings, section, dns))
            }
            return rules
        }
        for rule in parts.joined() {
            sessions[rule.id] = rule.settings
            usesDNS = usesDNS || rule.dns
            backends.append(rule.section)
        }
        var aclCount = 0
        var hostACLs = Set<String>()
        for entry in RoutingEntry.ordered(plan) where sessions.keys.contains(entry.rule.id) {
            var conditions: [String] = []
            if !entry.route.hostnames.isEmpty {
                let name = "host_\(entry.route.id)"
                if hostACLs.insert(name).inserted {
                    let exact = entry.route.hostnames.filter { !$0.hasPrefix("*.") }
                    let wildcards = entry.route.hostnames.filter { $0.hasPrefix("*.") }.map { String($0.dropFirst(1)) }
                    if !exact.isEmpty { frontend.append("    acl \(name) var(txn.sppctl_host) -m str \(exact.joined(separator: " "))") }
                    if !wildcards.isEmpty { frontend.append("    acl \(name) var(txn.sppctl_host) -m end \(wildcards.joined(separator: " "))") }
                }
                conditions.append(name)
            }
            if let match = entry.match, !(match.type == "PathPrefix" && RoutingEntry.prefix(match.value) == "/") {
                aclCount += 1
                let name = "path_\(aclCount)"
                switch match.type {
                case "Exact":
                    frontend.append("    acl \(name) path -m str \(try guard_.path(match, of: entry.rule, notices: &notices))")
                case "RegularExpression":
                    frontend.append("    acl \(name) path -m reg \"\(try guard_.regex(match, of: entry.rule, notices: &notices))\"")
                default:
                    let prefix = RoutingEntry.prefix(try guard_.path(match, of: entry.rule, notices: &notices))
                    frontend.append("    acl \(name) path -m str \(prefix)")
                    frontend.append("    acl \(name) path -m beg \(prefix)/")
                }
                conditions.append(name)
            }
            frontend.append("    use_backend be_\(entry.rule.id)" + (conditions.isEmpty ? "" : " if " + conditions.joined(separator: " ")))
        }

        var output = "# HAProxy \(options.version) configuration written by sppctl from Gateway API manifests; do not edit by hand.\n"
        if options.listen != nil {
            output += """
                global
                    log stdout format raw local0 notice

                defaults
                    mode http
                    timeout connect 5s
                    timeout client 30s
                    timeout server 30s


                """
        }
        if usesDNS {
            output += "resolvers sppctl_dns\n    parse-resolv-conf\n    hold valid 10s\n\n"
        }
        output += "frontend sppctl\n"
        if let listen = options.listen { output += "    bind \(listen)\n" }
        output += "    mode http\n"
        // Routing matches the Host without a :port, case-insensitively.
        output += "    http-request set-var(txn.sppctl_host) req.hdr(host),field(1,:),lower\n"
        output += frontend.map { $0 + "\n" }.joined()
        for section in backends { output += "\n" + section }
        return output
    }

    private func backend(_ rule: PlannedRule, route: PlannedRoute, settings: SessionSettings?,
                         notices: inout NoticeCollector) throws(ExportError) -> (String, Bool) {
        let guard_ = ValueGuard(target: target)
        var lines = ["backend be_\(rule.id)", "    mode http", "    balance roundrobin"]
        if let settings {
            _ = try guard_.plainName(settings, notices: &notices)
            if settings.token == "cookie" {
                var cookie = "    cookie \(settings.name) insert indirect nocache httponly"
                if settings.secure { cookie += " secure" }
                if let idle = settings.idleTimeout { cookie += " maxidle \(idle)s" }
                if let absolute = settings.absoluteTimeout { cookie += " maxlife \(absolute)s" }
                if let sameSite = settings.sameSite { cookie += " attr \"SameSite=\(sameSite)\"" }
                if let maxAge = settings.maxAge { cookie += " attr \"Max-Age=\(maxAge)\"" }
                lines.append(cookie)
            } else {
                lines.append("    http-response set-header \(settings.name) %[srv_name]")
            }
        }
        let scaled = WeightScaler.scale(rule.backends.map { ($0.weight, $0.endpoints.count) }, maximum: 256)
        if !scaled.exact {
            notices.report(.lossy, "HAProxy server weights are 0–256: the weights of \(route.label) \(rule.label) are rounded to fit",
                           at: rule.node.rule.location, object: route.object)
        }
        var servers: [String] = []
        var usesDNS = false
        var index = 0
        for (backend, weight) in zip(rule.backends, scaled.weights) {
            for endpoint in backend.endpoints {
                let address = try guard_.address(endpoint, of: backend, route: route, notices: &notices)
                // A Service's DNS name is resolved at run time (server-template names its one server s<k>_1).
                let server = endpoint.fromDNS ? "s\(index)_1" : "s\(index)"
                var line = endpoint.fromDNS
                    ? "    server-template s\(index)_ 1 \(address) resolvers sppctl_dns init-addr none weight \(weight)"
                    : "    server \(server) \(address) weight \(weight)"
                // gRPC needs HTTP/2 to the backend; clients reach the frontend with h2c, which HAProxy detects.
                if route.isGRPC { line += " proto h2" }
                usesDNS = usesDNS || endpoint.fromDNS
                if let settings {
                    line += settings.token == "cookie" ? " cookie s\(index)" : ""
                    if settings.token == "header" {
                        lines.append("    use-server \(server) if { req.hdr(\(settings.name)) -m str \(server) }")
                    }
                }
                servers.append(line)
                index += 1
            }
        }
        return ((lines + servers).map { $0 + "\n" }.joined(), usesDNS)
    }
}
