import PolicyModel

/// What an export writes, read from the analysis only: every route that carries traffic,
/// its rules with their matches, backends (with endpoints) and the persistence that applies.
/// Rejected traffic and refused objects are left out with a notice naming the finding.
public struct ExportPlan: Sendable {
    /// The routes, in input order.
    public let routes: [PlannedRoute]
    /// The generation the manifests were read under (cookie Path rules differ).
    public let generation: Generation
    /// The implementation profile whose effective settings the plan carries.
    public let implementation: ImplementationProfile

    /// Builds the plan from `analysis`, reporting what is left out into `notices`. Routes are
    /// planned on the analysis's workers; the plan and the notices do not depend on how many.
    public init(analysis: Analysis, notices: inout NoticeCollector) {
        let graph = analysis.graph
        generation = analysis.generation
        implementation = analysis.options.implementation
        let endpoints = EndpointIndex(graph.inventory)
        for policy in graph.policies {
            if case .refused(let rejection) = policy.acceptance {
                notices.report(.notExpressible, "\(policy.label) is not exported: the API server refuses it (\(rejection.ruleID) at \(rejection.location))",
                               at: policy.object.anchorLocation, object: policy.object)
            }
        }
        // Whether each route is exported, decided once and in order: identifiers depend on the
        // routes before (a name taken gets a suffix).
        var identifiers = IdentifierAllocator()
        let fates = graph.routes.map { route -> RouteFate in
            if let refusal = graph.refusal(of: route.object) { return .refused(refusal) }
            if route.isRejectedByEveryParent { return .rejectedByEveryParent }
            return .exported(id: identifiers.allocate("\(route.object.metadata.effectiveNamespace)_\(route.object.metadata.name?.value ?? "route")"))
        }
        let planned = RouteParts.make(Array(graph.routes.indices), jobs: analysis.options.jobs, notices: &notices) { index, notices in
            Self.route(graph.routes[index], fate: fates[index], graph: graph, endpoints: endpoints, notices: &notices)
        }
        routes = planned.compactMap { $0 }
    }

    /// Whether a route is exported (with its identifier), or why not.
    private enum RouteFate: Sendable {
        case exported(id: String)
        case refused(Rejection)
        case rejectedByEveryParent
    }

    /// One route's plan; `nil`, with a notice, for a route the export leaves out.
    private static func route(_ route: RouteNode, fate: RouteFate, graph: AttachmentGraph, endpoints: EndpointIndex,
                              notices: inout NoticeCollector) -> PlannedRoute? {
        let routeID: String
        switch fate {
        case .refused(let refusal):
            notices.report(.notExpressible, "\(route.label) is not exported: the API server refuses it (\(refusal.ruleID) at \(refusal.location))",
                           at: route.object.anchorLocation, object: route.object)
            return nil
        case .rejectedByEveryParent:
            notices.report(.notExpressible, "\(route.label) is not exported: no parent accepts it (SPP212)",
                           at: route.object.anchorLocation, object: route.object)
            return nil
        case .exported(let id):
            routeID = id
        }
        var rules: [PlannedRule] = []
        for rule in route.rules {
            let entries = Array(graph.entries(of: route, rule: rule.index))
            let planned = Self.rule(rule, entries: entries, route: route, id: "\(routeID)_r\(rule.index)", endpoints: endpoints, notices: &notices)
            if let planned { rules.append(planned) }
        }
        return PlannedRoute(object: route.object, id: routeID, hostnames: route.spec.hostnames, isGRPC: route.spec.isGRPC, rules: rules,
                            servedOnlyOverHTTPS: Self.servedOnlyOverHTTPS(route))
    }

    private static func servedOnlyOverHTTPS(_ route: RouteNode) -> Bool {
        let listeners = route.listeners
        return !listeners.isEmpty && route.parents.allSatisfy { $0.gateway != nil }
            && listeners.allSatisfy { ($0.protocolName ?? "").uppercased() == "HTTPS" }
    }

    private static func rule(_ rule: RuleNode, entries: [BackendEntry], route: RouteNode, id: String, endpoints: EndpointIndex,
                             notices: inout NoticeCollector) -> PlannedRule? {
        var backends: [PlannedBackend] = []
        var persistences: [EffectivePersistence] = []
        for entry in entries {
            switch entry.validity {
            case .rejected(let rejections):
                let why = rejections.map { "\($0.ruleID) at \($0.location)" }.joined(separator: ", ")
                notices.report(.notExpressible, "\(entry.backend.label) of \(route.label) \(rule.label) is not exported: its traffic is rejected (\(why))",
                               at: entry.backend.reference.location, object: route.object)
                continue
            case .notApplied(let reason):
                if let persistence = entry.persistence {
                    notices.report(.notExpressible, "session persistence is not exported: \(reason)", at: persistence.settings.location,
                                   object: persistence.source)
                }
            case .applied:
                if let persistence = entry.persistence { persistences.append(persistence) }
            }
            guard let identity = entry.backend.identity else { continue }
            backends.append(PlannedBackend(entry: entry, identity: identity, endpoints: endpoints.endpoints(for: entry.backend)))
        }
        guard !backends.isEmpty else { return nil }
        let persistence = persistences.first
        if let chosen = persistence, persistences.count != backends.count
            || persistences.contains(where: { $0.scope != chosen.scope || $0.sessionName.value != chosen.sessionName.value }) {
            notices.report(.lossy, "the backends of \(route.label) \(rule.label) have different session persistence; the export applies "
                + "\(chosen.token) \(chosen.sessionName.value) to the whole rule, as one load balancer", at: rule.rule.location, object: route.object)
        }
        return PlannedRule(index: rule.index, id: id, node: rule, matches: route.spec.isGRPC ? [] : rule.rule.pathMatches, backends: backends,
                           persistence: persistence, route: route.object)
    }
}
