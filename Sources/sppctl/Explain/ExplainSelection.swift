import PolicyModel

/// What `sppctl explain` shows: the routes (and within them the backends) and policies that
/// `--route` and `--service` select, with the lint findings that concern each.
struct ExplainSelection: Sendable {
    /// The analysis explained.
    let analysis: Analysis
    /// The graph explained.
    var graph: AttachmentGraph { analysis.graph }
    /// The selected routes, in input order.
    let routes: [RouteNode]
    /// The selected entries, in route, rule, backend order.
    let entries: [BackendEntry]
    /// The selected policies, in input order.
    let policies: [PolicyNode]
    private let entriesByRule: [String: [BackendEntry]]

    /// Selects by `route` and `service` (`namespace/name`, or `name` in any namespace).
    init(analysis: Analysis, route: String?, service: String?) throws(CLIError) {
        self.analysis = analysis
        let graph = analysis.graph
        func matches(_ object: KubeObject, _ wanted: String) -> Bool {
            let name = object.metadata.name?.value ?? ""
            return wanted.contains("/") ? "\(object.metadata.effectiveNamespace)/\(name)" == wanted : name == wanted
        }
        func matches(_ identity: ObjectIdentity?, _ wanted: String) -> Bool {
            guard let identity else { return false }
            return wanted.contains("/") ? "\(identity.namespace)/\(identity.name)" == wanted : identity.name == wanted
        }
        var entries = graph.entries
        if let route { entries = entries.filter { matches($0.route.object, route) } }
        if let service { entries = entries.filter { $0.backend.identity?.kind == "Service" && matches($0.backend.identity, service) } }
        var routes = graph.routes
        if let route { routes = routes.filter { matches($0.object, route) } }
        if service != nil { routes = routes.filter { node in entries.contains { $0.route.object === node.object } } }
        var policies = graph.policies
        if route != nil || service != nil {
            let used = Set(entries.compactMap { $0.persistence?.policy.map { ObjectIdentifier($0.object) } }
                + entries.flatMap { $0.persistence?.overridden.map { ObjectIdentifier($0.object) } ?? [] })
            policies = policies.filter { policy in
                used.contains(ObjectIdentifier(policy.object))
                    || (service.map { wanted in policy.targets.contains { $0.identity.kind == "Service" && matches($0.identity, wanted) } } ?? false)
                    || (route.map { wanted in policy.targets.contains { ["HTTPRoute", "GRPCRoute"].contains($0.identity.kind) && matches($0.identity, wanted) } } ?? false)
            }
        }
        if let route, routes.isEmpty { throw CLIError("no HTTPRoute or GRPCRoute named '\(route)' in the inputs") }
        if let service, entries.isEmpty, policies.isEmpty { throw CLIError("no route or policy refers to a Service named '\(service)' in the inputs") }
        self.routes = routes
        self.entries = entries
        self.policies = policies
        entriesByRule = Dictionary(grouping: entries) { Self.key($0.route, $0.rule.index) }
    }

    private static func key(_ route: RouteNode, _ rule: Int) -> String {
        "\(ObjectIdentifier(route).hashValue)#\(rule)"
    }

    /// The entries of one rule of one route.
    func entries(of route: RouteNode, rule: RuleNode) -> [BackendEntry] {
        entriesByRule[Self.key(route, rule.index)] ?? []
    }

    /// Findings about `object` (a policy, or a route as a whole).
    func findings(about object: KubeObject) -> [Diagnostic] {
        analysis.diagnostics(about: object)
    }

    /// A route's findings that are not about one of its rules, and those of each rule: one
    /// pass over the route's findings, so that a route with many rules and findings stays linear.
    func routeFindings(_ route: RouteNode) -> (route: [Diagnostic], rules: [Int: [Diagnostic]]) {
        var general: [Diagnostic] = []
        var rules: [Int: [Diagnostic]] = [:]
        for diagnostic in analysis.diagnostics(about: route.object) {
            if let rule = Self.ruleIndex(diagnostic.path?.description ?? "") {
                rules[rule, default: []].append(diagnostic)
            } else {
                general.append(diagnostic)
            }
        }
        return (general, rules)
    }

    /// `N` for a path under `spec.rules[N]`.
    private static func ruleIndex(_ path: String) -> Int? {
        let prefix = "spec.rules["
        guard path.hasPrefix(prefix) else { return nil }
        let digits = path.dropFirst(prefix.count).prefix { $0.isNumber }
        let rest = path.dropFirst(prefix.count + digits.count)
        guard !digits.isEmpty, rest.hasPrefix("]") else { return nil }
        return Int(digits)
    }
}
