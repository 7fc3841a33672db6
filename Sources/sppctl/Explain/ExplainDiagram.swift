import PolicyModel

/// `sppctl explain --format mermaid|dot`: the graph of Gateways, routes, rules, Services and
/// policies. Losing (conflicted) and overridden policy edges are drawn dashed and red.
/// Node IDs are generated (`n0`, `n1` …), and labels are escaped, so no manifest text can
/// change the diagram's structure.
struct ExplainDiagram {
    /// A node.
    struct DiagramNode {
        let id: String
        let label: String
        let shape: String
    }

    /// An edge.
    struct DiagramEdge {
        let from: String
        let to: String
        let label: String
        let emphasis: Bool
        let dashed: Bool
    }

    private(set) var nodes: [DiagramNode] = []
    private(set) var edges: [DiagramEdge] = []
    private var ids: [String: String] = [:]

    /// Builds the diagram of a selection.
    init(_ selection: ExplainSelection) {
        for route in selection.routes {
            let routeID = node("route:\(route.label)", route.label, shape: "route")
            for parent in route.parents {
                let name = parent.isMesh ? "Service \(parent.reference.name?.value ?? "") (mesh)"
                    : "Gateway \(parent.reference.namespace ?? route.object.metadata.effectiveNamespace)/\(parent.reference.name?.value ?? "")"
                edge(node("parent:\(name)", name, shape: "gateway"), routeID, "")
            }
            for rule in route.rules {
                let entries = selection.entries(of: route, rule: rule)
                guard !entries.isEmpty else { continue }
                let ruleID = node("rule:\(route.label)#\(rule.index)", "\(route.label) \(rule.label)", shape: "rule")
                edge(routeID, ruleID, "")
                for entry in entries {
                    let target = entry.backend.identity.map(\.description) ?? entry.backend.label
                    let serviceID = node("backend:\(target)", target, shape: "service")
                    var label = "weight \(entry.backend.weight)"
                    switch entry.validity {
                    case .rejected(let rejections):
                        label = "rejected: " + rejections.map(\.ruleID).joined(separator: ", ")
                    case .notApplied:
                        label += ", persistence not applied"
                    case .applied:
                        if let persistence = entry.persistence { label += ", \(persistence.token) \(persistence.sessionName.value)" }
                    }
                    edge(ruleID, serviceID, label, emphasis: entry.validity.isRejected, dashed: entry.validity.isRejected)
                }
            }
        }
        for policy in selection.policies {
            let policyID = node("policy:\(policy.label)", policy.label, shape: "policy")
            for target in policy.targets {
                let targetID: String
                if ["HTTPRoute", "GRPCRoute"].contains(target.identity.kind) {
                    let label = "\(target.identity.kind) \(target.identity.namespace)/\(target.identity.name)"
                    targetID = node("route:\(label)", label, shape: "route")
                } else {
                    targetID = node("backend:\(target.identity)", target.identity.description, shape: "service")
                }
                if policy.acceptance.isAccepted {
                    let overridden = selection.entries.contains { $0.persistence?.overridden.contains { $0.object === policy.object } == true }
                    edge(policyID, targetID, overridden ? "overridden by a route rule" : "attached", emphasis: overridden, dashed: true)
                } else {
                    edge(policyID, targetID, policy.acceptance.reason, emphasis: true, dashed: true)
                }
            }
        }
    }

    private mutating func node(_ key: String, _ label: String, shape: String) -> String {
        if let id = ids[key] { return id }
        let id = "n\(nodes.count)"
        ids[key] = id
        nodes.append(DiagramNode(id: id, label: label, shape: shape))
        return id
    }

    private mutating func edge(_ from: String, _ to: String, _ label: String, emphasis: Bool = false, dashed: Bool = false) {
        edges.append(DiagramEdge(from: from, to: to, label: label, emphasis: emphasis, dashed: dashed))
    }

    /// Mermaid flowchart text.
    func mermaid() -> String {
        func escape(_ text: String) -> String {
            text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "\"": return "#quot;"
                case "<": return "#lt;"
                case ">": return "#gt;"
                case "#": return "#35;"
                case "\n", "\r": return " "
                default: return String(scalar)
                }
            }.joined()
        }
        var output = "flowchart LR\n"
        for node in nodes {
            let label = "\"" + escape(node.label) + "\""
            switch node.shape {
            case "gateway": output += "  \(node.id)[[\(label)]]\n"
            case "service": output += "  \(node.id)((\(label)))\n"
            case "policy": output += "  \(node.id)[/\(label)/]\n"
            case "rule": output += "  \(node.id)(\(label))\n"
            default: output += "  \(node.id)[\(label)]\n"
            }
        }
        var emphasized: [Int] = []
        for (index, edge) in edges.enumerated() {
            let arrow = edge.dashed ? "-.->" : "-->"
            let label = edge.label.isEmpty ? "" : "|\"\(escape(edge.label))\"|"
            output += "  \(edge.from) \(arrow)\(label) \(edge.to)\n"
            if edge.emphasis { emphasized.append(index) }
        }
        if !emphasized.isEmpty {
            output += "  linkStyle \(emphasized.map(String.init).joined(separator: ",")) stroke:red,stroke-dasharray:5 5\n"
        }
        return output
    }

    /// Graphviz DOT text.
    func dot() -> String {
        func escape(_ text: String) -> String {
            text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "\"": return "\\\""
                case "\\": return "\\\\"
                case "\n", "\r": return " "
                default: return String(scalar)
                }
            }.joined()
        }
        var output = "digraph sppctl {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n"
        for node in nodes {
            let shape: String
            switch node.shape {
            case "gateway": shape = "box3d"
            case "service": shape = "ellipse"
            case "policy": shape = "parallelogram"
            case "rule": shape = "box, style=rounded"
            default: shape = "box"
            }
            output += "  \(node.id) [label=\"\(escape(node.label))\", shape=\(shape)];\n"
        }
        for edge in edges {
            var attributes: [String] = []
            if !edge.label.isEmpty { attributes.append("label=\"\(escape(edge.label))\"") }
            if edge.dashed { attributes.append("style=dashed") }
            if edge.emphasis { attributes.append("color=red, fontcolor=red") }
            output += "  \(edge.from) -> \(edge.to)" + (attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]") + ";\n"
        }
        return output + "}\n"
    }
}
