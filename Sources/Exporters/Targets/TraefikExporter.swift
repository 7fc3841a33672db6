import PolicyModel

/// Traefik (v2, v3.0, v3.3, v3.4): routers in Gateway API precedence (priorities), one
/// service per rule — a weighted service over one load balancer per backend when the rule
/// splits — with the sticky cookie on the level that chooses the backend, and on each load
/// balancer with several servers. As the file provider's dynamic configuration (YAML or
/// TOML) or as IngressRoute and TraefikService objects.
public struct TraefikExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    /// `traefik`.
    public var target: ExportTarget { .traefik }

    /// What Traefik expresses, by version (pkg/config/dynamic/http_config.go).
    public var capabilities: CapabilityTable {
        CapabilityTable { capability, options in
            switch capability {
            case .cookie: return .full("sticky.cookie")
            case .header: return .none("Traefik has cookie stickiness only; no header-based persistence")
            case .sessionCookie: return .full("sticky.cookie without maxAge")
            case .permanentCookie:
                return options.versionAtLeast("v3.0") ? .full("sticky.cookie.maxAge") : .needsVersion("Traefik v3.0", "sticky.cookie.maxAge")
            case .absoluteTimeout: return .none("Traefik has no proxy-side session timeout; only a Permanent cookie's maxAge bounds it, in the browser")
            case .idleTimeout: return .none("Traefik has no idle timeout for sticky sessions")
            case .cookiePath:
                return options.versionAtLeast("v3.3") ? .full("sticky.cookie.path") : .needsVersion("Traefik v3.3", "sticky.cookie.path (before it, the cookie has no Path attribute)")
            case .secure: return .full("sticky.cookie.secure")
            case .httpOnly: return .full("sticky.cookie.httpOnly")
            case .sameSite: return .full("sticky.cookie.sameSite")
            case .regexPath:
                return options.versionAtLeast("v3.0") ? .full("PathRegexp") : .needsVersion("Traefik v3.0", "PathRegexp")
            case .weightedSplit: return .full("a weighted service with its own sticky cookie; each load balancer with several servers gets one too")
            case .grpc: return .full("h2c:// server URLs")
            }
        }
    }

    /// The configuration.
    public func render(_ plan: ExportPlan, options: ExportOptions, notices: inout NoticeCollector) throws(ExportError) -> String {
        let v3 = options.versionAtLeast("v3.0")
        var routers: [(String, JSONValue)] = []
        var services: [(String, JSONValue)] = []
        var objects: [JSONValue] = []
        var exported = Set<String>()
        var ruleServices: [String: (backends: [PlannedBackend], sticky: JSONValue?)] = [:]
        let guard_ = ValueGuard(target: target)
        for route in plan.routes where try guard_.admits(route, grpc: true, notices: &notices) {
            guard_.noteGRPCMethods(route, notices: &notices)
            for rule in route.rules {
                let settings = try SessionSettings.of(rule, route: route, plan: plan, table: capabilities, options: options, notices: &notices)
                var sticky: JSONValue?
                if let settings, settings.token == "cookie" {
                    sticky = cookie(settings, name: settings.name, path: settings.singlePath(.traefik, notices: &notices), options: options)
                }
                ruleServices[rule.id] = (rule.backends, sticky)
                for (index, backend) in rule.backends.enumerated() {
                    var servers: [JSONValue] = []
                    for endpoint in backend.endpoints {
                        // gRPC backends speak cleartext HTTP/2.
                        let scheme = route.isGRPC ? "h2c" : "http"
                        servers.append(.object([("url", .string("\(scheme)://\(try guard_.address(endpoint, of: backend, route: route, notices: &notices))"))]))
                    }
                    var balancerSticky = rule.backends.count == 1 ? sticky : nil
                    if rule.backends.count > 1, let settings, sticky != nil, backend.endpoints.count > 1 {
                        // Traefik keeps a session only with a cookie on every level that chooses.
                        let name = "\(settings.name)_b\(index)"
                        balancerSticky = self.cookie(settings, name: name, path: settings.singlePath(.traefik, notices: &notices), options: options)
                        notices.report(.lossy, "Traefik needs a sticky cookie on every level that chooses a server: clients also get cookie \(name) "
                            + "for the endpoints of \(backend.identity)", at: settings.persistence.settings.location, object: settings.persistence.source)
                    }
                    var balancer: [(String, JSONValue)] = []
                    if let balancerSticky { balancer.append(("sticky", .object([("cookie", balancerSticky)]))) }
                    balancer.append(("servers", .array(servers)))
                    let name = rule.backends.count == 1 ? rule.id : "\(rule.id)_b\(index)"
                    services.append((name, .object([("loadBalancer", .object(balancer))])))
                }
                if rule.backends.count > 1 {
                    var weighted: [(String, JSONValue)] = [("services", .array(rule.backends.enumerated().map { index, backend in
                        .object([("name", .string("\(rule.id)_b\(index)")), ("weight", .int(backend.weight))])
                    }))]
                    if let sticky { weighted.append(("sticky", .object([("cookie", sticky)]))) }
                    services.append((rule.id, .object([("weighted", .object(weighted))])))
                }
                exported.insert(rule.id)
            }
        }
        let ordered = RoutingEntry.ordered(plan).filter { exported.contains($0.rule.id) }
        for (position, entry) in ordered.enumerated() {
            let match = try matcher(entry, v3: v3, options: options, notices: &notices)
            let priority = Int64(ordered.count - position)
            let name = "\(entry.rule.id)_m\(entry.matchIndex)"
            routers.append((name, .object([("rule", .string(match)), ("service", .string(entry.rule.id)), ("priority", .int(priority))])))
            if options.format == "crd" {
                objects.append(ingressRoute(entry, name: name, match: match, priority: priority, services: ruleServices[entry.rule.id]!, v3: v3))
            }
        }
        let header = "# Traefik \(options.version) configuration written by sppctl from Gateway API manifests; do not edit by hand.\n"
        switch options.format {
        case "crd":
            var documents = objects
            for (id, service) in ruleServices.sorted(by: { $0.key < $1.key }) where service.backends.count > 1 {
                documents.append(traefikService(id, service: service, namespace: service.backends[0].entry.route.object.metadata.effectiveNamespace, v3: v3))
            }
            return header + documents.map { YAMLWriter.render($0, jobs: options.jobs) }.joined(separator: "---\n")
        case "file-toml":
            return header + TOMLWriter.render(.object([("http", .object([("routers", .object(routers)), ("services", .object(services))]))]))
        default:
            return header + YAMLWriter.render(.object([("http", .object([("routers", .object(routers)), ("services", .object(services))]))]), jobs: options.jobs)
        }
    }

    private func cookie(_ settings: SessionSettings, name: String, path: String?, options: ExportOptions) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(name)), ("secure", .bool(settings.secure)), ("httpOnly", .bool(settings.httpOnly))]
        if let sameSite = settings.sameSite { members.append(("sameSite", .string(sameSite.lowercased()))) }
        if let maxAge = settings.maxAge, options.versionAtLeast("v3.0") { members.append(("maxAge", .int(maxAge))) }
        if let path, options.versionAtLeast("v3.3") { members.append(("path", .string(path))) }
        return .object(members)
    }

    /// The router rule: hosts and path, with Gateway API's segment-wise prefix.
    private func matcher(_ entry: RoutingEntry, v3: Bool, options: ExportOptions, notices: inout NoticeCollector) throws(ExportError) -> String {
        var parts: [String] = []
        if !entry.route.hostnames.isEmpty {
            let hosts = entry.route.hostnames.map { host -> String in
                guard host.hasPrefix("*.") else { return "Host(`\(host)`)" }
                let suffix = String(host.dropFirst(2))
                return v3 ? "HostRegexp(`^[a-z0-9-]+(\\.[a-z0-9-]+)*\\.\(suffix.replacing(scalar: ".", with: "\\."))$`)"
                    : "HostRegexp(`{subdomain:[a-z0-9.-]+}.\(suffix)`)"
            }
            parts.append(hosts.count == 1 ? hosts[0] : "(" + hosts.joined(separator: " || ") + ")")
        }
        if let match = entry.match {
            switch match.type {
            case "RegularExpression":
                let regex = try ValueGuard(target: target).regex(match, of: entry.rule, notices: &notices)
                if v3 {
                    parts.append("PathRegexp(`\(regex)`)")
                } else {
                    notices.report(.needsVersion, "the regular expression \(match.value) is not exported: Traefik v3.0 has PathRegexp; the rule matches every path here",
                                   at: match.location, object: entry.rule.route)
                }
            case "Exact":
                parts.append("Path(`\(try ValueGuard(target: target).path(match, of: entry.rule, notices: &notices))`)")
            default:
                let prefix = RoutingEntry.prefix(try ValueGuard(target: target).path(match, of: entry.rule, notices: &notices))
                if prefix != "/" { parts.append("(Path(`\(prefix)`) || PathPrefix(`\(prefix)/`))") }
            }
        }
        if parts.isEmpty { return "PathPrefix(`/`)" }
        return parts.joined(separator: " && ")
    }

    private func apiVersion(_ v3: Bool) -> String { "traefik.io/v1alpha1" }

    private func ingressRoute(_ entry: RoutingEntry, name: String, match: String, priority: Int64,
                              services: (backends: [PlannedBackend], sticky: JSONValue?), v3: Bool) -> JSONValue {
        let service: JSONValue
        if services.backends.count == 1, let backend = services.backends.first {
            var members: [(String, JSONValue)] = [("name", .string(backend.identity.name)), ("namespace", .string(backend.identity.namespace)),
                                                  ("port", .int(backend.entry.backend.reference.port?.value ?? 80))]
            if entry.route.isGRPC { members.append(("scheme", .string("h2c"))) }
            if let sticky = services.sticky { members.append(("sticky", .object([("cookie", sticky)]))) }
            service = .object(members)
        } else {
            service = .object([("name", .string(entry.rule.id.lowercased().replacing(scalar: "_", with: "-"))), ("kind", .string("TraefikService"))])
        }
        return .object([
            ("apiVersion", .string(apiVersion(v3))),
            ("kind", .string("IngressRoute")),
            ("metadata", .object([("name", .string(name.lowercased().replacing(scalar: "_", with: "-"))),
                                  ("namespace", .string(entry.route.object.metadata.effectiveNamespace))])),
            ("spec", .object([("routes", .array([.object([
                ("match", .string(match)), ("kind", .string("Rule")), ("priority", .int(priority)), ("services", .array([service])),
            ])]))])),
        ])
    }

    private func traefikService(_ id: String, service: (backends: [PlannedBackend], sticky: JSONValue?), namespace: String, v3: Bool) -> JSONValue {
        var weighted: [(String, JSONValue)] = [("services", .array(service.backends.map { backend in
            .object([("name", .string(backend.identity.name)), ("namespace", .string(backend.identity.namespace)),
                     ("port", .int(backend.entry.backend.reference.port?.value ?? 80)), ("weight", .int(backend.weight))])
        }))]
        if let sticky = service.sticky { weighted.append(("sticky", .object([("cookie", sticky)]))) }
        return .object([
            ("apiVersion", .string(apiVersion(v3))),
            ("kind", .string("TraefikService")),
            ("metadata", .object([("name", .string(id.lowercased().replacing(scalar: "_", with: "-"))), ("namespace", .string(namespace))])),
            ("spec", .object([("weighted", .object(weighted))])),
        ])
    }
}
