/// Predicts the status a conformant controller would write: the `Accepted` condition of
/// every session-persistence policy, and the rejection of every route whose backend Service
/// uses ClientIP affinity while session persistence applies.
public enum StatusPredictor {
    /// The controller name sppctl writes.
    public static let controllerName = "sppctl.io/offline-analysis"

    /// Statuses of policies (input order), then rejected routes (input order).
    public static func predict(_ graph: AttachmentGraph) -> [ObjectStatus] {
        graph.policies.map { policyStatus($0, graph: graph) } + routeStatuses(graph)
    }

    private static func policyStatus(_ policy: PolicyNode, graph: AttachmentGraph) -> ObjectStatus {
        let condition: StatusCondition
        let seed = policy.family == .seed
        switch policy.acceptance {
        case .accepted:
            let message = policy.settings == nil ? "Accepted; the policy carries no sessionPersistence" : "Accepted"
            condition = StatusCondition(type: "Accepted", status: "True", reason: seed ? "Valid" : policy.acceptance.reason, message: message)
        case .conflicted(let winner, let reason):
            let name = "\(winner.metadata.effectiveNamespace)/\(winner.metadata.name?.value ?? "")"
            condition = StatusCondition(type: "Accepted", status: "False", reason: seed ? "Invalid" : policy.acceptance.reason,
                                        message: "conflicts with \(winner.gvk.kind) \(name), which is established (\(reason))")
        case .invalid(let text):
            condition = StatusCondition(type: "Accepted", status: "False", reason: policy.acceptance.reason, message: text)
        case .targetNotFound(let text):
            condition = StatusCondition(type: "Accepted", status: "False", reason: seed ? "Invalid" : policy.acceptance.reason, message: text)
        }
        if seed {
            return ObjectStatus(object: policy.object, layout: .conditions([condition]))
        }
        // PolicyStatus reports per ancestor: the Gateways through which routes reach a target,
        // or the target itself when no Gateway in the inputs does.
        var ancestors: [ObjectIdentity] = []
        for target in policy.targets {
            let gateways = graph.entries.filter { $0.backend.identity == target.identity }
                .flatMap { $0.route.parents.compactMap { $0.gateway?.identity } }
            for gateway in gateways where !ancestors.contains(gateway) { ancestors.append(gateway) }
        }
        if ancestors.isEmpty { ancestors = policy.targets.map(\.identity) }
        return ObjectStatus(object: policy.object, layout: .ancestors(ancestors.map { ($0, [condition]) }))
    }

    private static func routeStatuses(_ graph: AttachmentGraph) -> [ObjectStatus] {
        graph.routes.compactMap { route in
            let conflicts = route.rules.flatMap { graph.entries(of: route, rule: $0.index) }.filter { $0.conflictingAffinity != nil }
            guard !conflicts.isEmpty else { return nil }
            var services: [String] = []
            for entry in conflicts {
                let name = entry.backend.identity.map(\.description) ?? ""
                if !services.contains(name) { services.append(name) }
            }
            let condition = StatusCondition(
                type: "Accepted", status: "False", reason: "UnsupportedValue",
                message: "session persistence cannot be combined with Kubernetes Service session affinity: \(services.joined(separator: ", ")) "
                    + "\(services.count == 1 ? "has" : "have") sessionAffinity: ClientIP (GEP-1619)")
            let parents: [(reference: RouteSpec.ParentReference?, conditions: [StatusCondition])] =
                route.spec.parentRefs.isEmpty ? [(nil, [condition])] : route.spec.parentRefs.map { ($0, [condition]) }
            return ObjectStatus(object: route.object, layout: .parents(parents))
        }
    }
}
