import PolicyModel

/// The one place an exporter checks a manifest's value before writing it: each check either
/// passes the value through (formatted for the target where needed) or reports an error
/// notice at the value's location and throws, so that nothing is written.
struct ValueGuard {
    /// The target, for messages.
    let target: ExportTarget

    /// Whether the route can be written at all; a GRPCRoute gets a notice on targets that
    /// sppctl writes HTTP routing for. Throws for a hostname that cannot be written safely.
    func admits(_ route: PlannedRoute, grpc: Bool = false, notices: inout NoticeCollector) throws(ExportError) -> Bool {
        if route.isGRPC && !grpc {
            notices.report(.notExpressible, "\(route.label) is not exported: \(target.exporter.capabilities.support(.grpc, ExportOptions(target: target)).text)",
                           at: route.object.anchorLocation, object: route.object)
            return false
        }
        for host in route.hostnames where !SafeText.isHostname(host) {
            refuse("hostname \"\(host)\"", at: route.object.anchorLocation, object: route.object, notices: &notices)
            throw .unsafeValue
        }
        return true
    }

    /// A notice when a GRPCRoute has several rules: sppctl does not export gRPC method
    /// matches, so the first rule takes every request.
    func noteGRPCMethods(_ route: PlannedRoute, notices: inout NoticeCollector) {
        guard route.isGRPC, route.rules.count > 1 else { return }
        notices.report(.lossy, "\(route.label) has \(route.rules.count) rules: sppctl does not export gRPC method matches, so every "
            + "request of the route goes to its first rule's backends", at: route.object.anchorLocation, object: route.object)
    }

    /// An endpoint's host, bracketed when it is an IPv6 address.
    func host(_ endpoint: PlannedEndpoint, of backend: PlannedBackend, route: PlannedRoute,
              notices: inout NoticeCollector) throws(ExportError) -> String {
        guard SafeText.isAddress(endpoint.host) else {
            refuse("the endpoint address \"\(endpoint.host)\"", at: backend.entry.backend.reference.location, object: route.object, notices: &notices)
            throw .unsafeValue
        }
        return endpoint.host.contains(":") ? "[\(endpoint.host)]" : endpoint.host
    }

    /// An endpoint's `host:port`.
    func address(_ endpoint: PlannedEndpoint, of backend: PlannedBackend, route: PlannedRoute,
                 notices: inout NoticeCollector) throws(ExportError) -> String {
        "\(try host(endpoint, of: backend, route: route, notices: &notices)):\(endpoint.port)"
    }

    /// A path match's value (Exact or PathPrefix).
    func path(_ match: RouteSpec.PathMatch, of rule: PlannedRule, notices: inout NoticeCollector) throws(ExportError) -> String {
        guard SafeText.isPlainPath(match.value) else {
            refuse("the path \"\(match.value)\"", at: match.location, object: rule.route, notices: &notices)
            throw .unsafeValue
        }
        return match.value
    }

    /// A regular-expression path match's value.
    func regex(_ match: RouteSpec.PathMatch, of rule: PlannedRule, notices: inout NoticeCollector) throws(ExportError) -> String {
        guard SafeText.isPlainRegex(match.value) else {
            refuse("the regular expression \"\(match.value)\"", at: match.location, object: rule.route, notices: &notices)
            throw .unsafeValue
        }
        return match.value
    }

    /// A session's cookie or header name, unquoted (`[A-Za-z0-9._-]`, starting alphanumeric;
    /// `dots` false also refuses `.`).
    func plainName(_ settings: SessionSettings, dots: Bool = true, notices: inout NoticeCollector) throws(ExportError) -> String {
        guard SafeText.isPlainName(settings.name), dots || !settings.name.contains(".") else {
            let allowed = dots ? "letters, digits, '.', '_' and '-'" : "letters, digits, '_' and '-'"
            refuse("\(settings.token) name \"\(settings.name)\"", detail: " (it allows \(allowed))",
                   at: settings.persistence.sessionName.provenance.location ?? settings.persistence.settings.location,
                   object: settings.persistence.source, notices: &notices)
            throw .unsafeValue
        }
        return settings.name
    }

    private func refuse(_ what: String, detail: String = "", at location: SourceLocation, object: KubeObject,
                        notices: inout NoticeCollector) {
        let shown = what.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : $0.escaped(asASCII: true) }.joined()
        notices.report(.notExpressible, "\(shown) cannot be written safely into \(target.displayName) configuration\(detail); no configuration is written",
                       at: location, object: object, severity: .error)
    }
}
