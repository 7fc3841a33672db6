import PolicyModel

/// Kong, as decK declarative configuration: one service, its routes and one upstream per
/// rule, with every endpoint of every backend as a weighted target, so one session holds
/// across a split. Open-source Kong hashes on the cookie or header (`hash_on`): affinity, not
/// persistence (SPP604). Kong Enterprise 3.11 has the `sticky-sessions` algorithm for cookies.
public struct KongExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    /// `kong`.
    public var target: ExportTarget { .kong }

    private static func enterprise(_ options: ExportOptions) -> Bool { options.version == "enterprise-3.11" }

    /// What Kong expresses (kong/db/schema/entities/upstreams.lua; KIC's sticky-sessions cutoff).
    public var capabilities: CapabilityTable {
        CapabilityTable { capability, options in
            let enterprise = Self.enterprise(options)
            switch capability {
            case .cookie:
                return enterprise ? .full("algorithm: sticky-sessions, sticky_sessions_cookie")
                    : .weak("hash_on: cookie: Kong hashes the cookie onto a target, so sessions move when targets change")
            case .header:
                return .weak("hash_on: header: Kong hashes the header onto a target and never issues it; sessions move when targets change")
            case .sessionCookie: return .full("Kong's cookie has no Max-Age or Expires")
            case .permanentCookie: return .none("Kong's balancer cookie has no configurable lifetime")
            case .absoluteTimeout: return .none("Kong's balancer has no session timeout")
            case .idleTimeout: return .none("Kong's balancer has no idle timeout")
            case .cookiePath: return .full(enterprise ? "sticky_sessions_cookie_path" : "hash_on_cookie_path")
            case .secure:
                return enterprise ? .lossy("the attributes of Kong Enterprise's sticky-sessions cookie are not publicly documented; Secure cannot be set")
                    : .none("Kong's hash cookie has no Secure attribute")
            case .httpOnly:
                return enterprise ? .lossy("the attributes of Kong Enterprise's sticky-sessions cookie are not publicly documented")
                    : .full("Kong always sets HttpOnly on its hash cookie")
            case .sameSite:
                return enterprise ? .lossy("the attributes of Kong Enterprise's sticky-sessions cookie are not publicly documented; SameSite cannot be set")
                    : .lossy("Kong writes the non-standard attribute Same-Site=Lax, which browsers ignore")
            case .regexPath: return .full("a route path starting with ~")
            case .weightedSplit: return .full("every endpoint of every backend is a weighted target of one upstream")
            case .grpc: return .full("service and route protocol grpc")
            }
        }
    }

    /// The decK file.
    public func render(_ plan: ExportPlan, options: ExportOptions, notices: inout NoticeCollector) throws(ExportError) -> String {
        var services: [JSONValue] = []
        var upstreams: [JSONValue] = []
        let ordered = RoutingEntry.ordered(plan)
        var routesByRule: [String: [JSONValue]] = [:]
        let guard_ = ValueGuard(target: target)
        for (position, entry) in ordered.enumerated() {
            var route: [(String, JSONValue)] = [("name", .string("\(entry.rule.id)_m\(entry.matchIndex)"))]
            if !entry.route.hostnames.isEmpty {
                route.append(("hosts", .array(entry.route.hostnames.map(JSONValue.string))))
            }
            if entry.route.isGRPC { route.append(("protocols", .array([.string("grpc"), .string("grpcs")]))) }
            route.append(("paths", .array([.string(try path(entry, notices: &notices))])))
            route.append(("strip_path", .bool(false)))
            route.append(("preserve_host", .bool(true)))
            route.append(("regex_priority", .int(Int64(ordered.count - position))))
            routesByRule[entry.rule.id, default: []].append(.object(route))
        }
        for route in plan.routes where try guard_.admits(route, grpc: true, notices: &notices) {
            guard_.noteGRPCMethods(route, notices: &notices)
            for rule in route.rules {
                let settings = try SessionSettings.of(rule, route: route, plan: plan, table: capabilities, options: options, notices: &notices)
                let upstreamName = "\(rule.id.lowercased().replacing(scalar: "_", with: "-")).upstream"
                services.append(.object([
                    ("name", .string(rule.id)), ("host", .string(upstreamName)), ("port", .int(80)), ("protocol", .string(route.isGRPC ? "grpc" : "http")),
                    ("routes", .array(routesByRule[rule.id] ?? [])),
                ]))
                var upstream: [(String, JSONValue)] = [("name", .string(upstreamName))]
                if let settings {
                    _ = try guard_.plainName(settings, notices: &notices)
                    let path = settings.token == "cookie" ? settings.singlePath(.kong, notices: &notices) ?? "/" : "/"
                    if settings.token == "cookie" && Self.enterprise(options) {
                        upstream += [("algorithm", .string("sticky-sessions")), ("hash_on", .string("none")),
                                     ("sticky_sessions_cookie", .string(settings.name)), ("sticky_sessions_cookie_path", .string(path))]
                    } else if settings.token == "cookie" {
                        upstream += [("algorithm", .string("consistent-hashing")), ("hash_on", .string("cookie")),
                                     ("hash_on_cookie", .string(settings.name)), ("hash_on_cookie_path", .string(path))]
                    } else {
                        upstream += [("algorithm", .string("consistent-hashing")), ("hash_on", .string("header")),
                                     ("hash_on_header", .string(settings.name))]
                    }
                } else {
                    upstream.append(("algorithm", .string("round-robin")))
                }
                let scaled = WeightScaler.scale(rule.backends.map { ($0.weight, $0.endpoints.count) }, maximum: 65535)
                var targets: [JSONValue] = []
                for (backend, weight) in zip(rule.backends, scaled.weights) {
                    for endpoint in backend.endpoints {
                        let address = try guard_.address(endpoint, of: backend, route: route, notices: &notices)
                        targets.append(.object([("target", .string(address)), ("weight", .int(weight))]))
                    }
                }
                if !scaled.exact {
                    notices.report(.lossy, "the weights of \(route.label) \(rule.label) are rounded to whole Kong target weights",
                                   at: rule.node.rule.location, object: route.object)
                }
                upstream.append(("targets", .array(targets)))
                upstreams.append(.object(upstream))
            }
        }
        let document = JSONValue.object([("_format_version", .string("3.0")), ("services", .array(services)), ("upstreams", .array(upstreams))])
        return "# Kong \(options.version) declarative configuration written by sppctl from Gateway API manifests; do not edit by hand.\n"
            + YAMLWriter.render(document, jobs: options.jobs)
    }

    /// A Kong route path: Gateway API's segment-wise prefix and exact match as regular expressions.
    private func path(_ entry: RoutingEntry, notices: inout NoticeCollector) throws(ExportError) -> String {
        guard let match = entry.match else { return "/" }
        let guard_ = ValueGuard(target: target)
        if match.type == "RegularExpression" {
            let regex = try guard_.regex(match, of: entry.rule, notices: &notices)
            return "~" + (regex.hasPrefix("^") ? regex : "^" + regex) + (regex.hasSuffix("$") ? "" : "$")
        }
        let value = try guard_.path(match, of: entry.rule, notices: &notices)
        let literal = { (text: String) in text.replacing(scalar: ".", with: "\\.") }
        if match.type == "Exact" { return "~^\(literal(value))$" }
        let prefix = RoutingEntry.prefix(value)
        return prefix == "/" ? "/" : "~^\(literal(prefix))(/.*)?$"
    }
}
