/// Predicts the status a conformant controller would write: the `Accepted` condition of
/// every session-persistence policy, and for every route with a problem its rejection (ClientIP
/// affinity with session persistence, no listener accepts it) and unresolved backends. Objects
/// the API server refuses get no status, and say so.
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
        if let kind = policy.object.knownKind, let reason = graph.implementation.ignoredPolicyKind(kind) {
            return ObjectStatus(object: policy.object, layout: .notRead(reason))
        }
        switch policy.acceptance {
        case .refused(let rejection):
            return ObjectStatus(object: policy.object, layout: .refused(rejection))
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
            let gateways = graph.entries(toBackend: target.identity).flatMap { $0.route.parents.compactMap { $0.gateway?.identity } }
            for gateway in gateways where !ancestors.contains(gateway) { ancestors.append(gateway) }
        }
        if ancestors.isEmpty { ancestors = policy.targets.map(\.identity) }
        return ObjectStatus(object: policy.object, layout: .ancestors(ancestors.map { ($0, [condition]) }))
    }

    private static func routeStatuses(_ graph: AttachmentGraph) -> [ObjectStatus] {
        graph.routes.compactMap { route in
            if let refusal = graph.refusal(of: route.object) { return ObjectStatus(object: route.object, layout: .refused(refusal)) }
            let entries = route.rules.flatMap { graph.entries(of: route, rule: $0.index) }
            var services: [String] = []
            for entry in entries where entry.conflictingAffinity != nil {
                let name = entry.backend.identity.map(\.description) ?? ""
                if !services.contains(name) { services.append(name) }
            }
            let affinity = services.isEmpty ? nil : StatusCondition(
                type: "Accepted", status: "False", reason: "UnsupportedValue",
                message: "session persistence cannot be combined with Kubernetes Service session affinity: \(services.joined(separator: ", ")) "
                    + "\(services.count == 1 ? "has" : "have") sessionAffinity: ClientIP (GEP-1619)")
            let unresolved = entries.compactMap { entry -> (reason: String, message: String)? in
                guard let identity = entry.backend.identity else { return nil }
                if !entry.backend.permitted { return ("RefNotPermitted", "\(identity) is in another namespace and no ReferenceGrant permits it") }
                if entry.backend.missing { return ("BackendNotFound", "\(identity) does not exist") }
                return nil
            }
            let resolvedRefs = unresolved.first.map { first in
                StatusCondition(type: "ResolvedRefs", status: "False", reason: first.reason,
                                message: unresolved.map(\.message).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: "; "))
            }
            let parentsRejected = route.parents.contains { if case .rejected = $0.acceptance { return true } else { return false } }
            // No controller writes status for a parent the API server refuses: it never exists.
            let live = route.parents.filter { $0.acceptance.refusal == nil }
            guard affinity != nil || resolvedRefs != nil || parentsRejected, route.parents.isEmpty || !live.isEmpty else { return nil }
            func conditions(_ parent: ParentNode?) -> [StatusCondition] {
                var list: [StatusCondition] = []
                if case .rejected(let reason, let message)? = parent?.acceptance {
                    list.append(StatusCondition(type: "Accepted", status: "False", reason: reason, message: message))
                } else if let affinity {
                    list.append(affinity)
                } else {
                    list.append(StatusCondition(type: "Accepted", status: "True", reason: "Accepted", message: "Accepted"))
                }
                list.append(resolvedRefs ?? StatusCondition(type: "ResolvedRefs", status: "True", reason: "ResolvedRefs", message: "Resolved"))
                return list
            }
            let parents: [(reference: RouteSpec.ParentReference?, conditions: [StatusCondition])] =
                route.parents.isEmpty ? [(nil, conditions(nil))] : live.map { ($0.reference, conditions($0)) }
            return ObjectStatus(object: route.object, layout: .parents(parents))
        }
    }
}
