import PolicyModel

/// `sppctl explain --format text`: an indented tree per route, then the policies.
enum ExplainText {
    /// The whole explanation.
    static func render(_ selection: ExplainSelection) -> String {
        var output = ""
        for route in selection.routes {
            output += routeSection(route, selection)
            output += "\n"
        }
        if !selection.policies.isEmpty {
            output += "Policies\n"
            for policy in selection.policies {
                output += "  \(policy.label)  (\(policy.object.anchorLocation))\n"
                output += "    status: \(acceptanceText(policy.acceptance))\n"
                for target in policy.targets {
                    let section = target.sectionName.map { " section \"\($0)\"" } ?? ""
                    let found = target.resolved != nil ? "" : (selection.graph.referencedBackends.contains(target.identity) ? " (defined elsewhere)" : " (not in the inputs)")
                    output += "    target: \(target.identity)\(section)\(found)\n"
                }
                output += findingLines(selection.findings(about: policy.object), indent: 4)
            }
        }
        if selection.routes.isEmpty && selection.policies.isEmpty {
            output += "no routes or session-persistence policies in the inputs\n"
        }
        return output
    }

    private static func routeSection(_ route: RouteNode, _ selection: ExplainSelection) -> String {
        var output = "\(route.label)  (\(route.object.anchorLocation))\n"
        if !route.spec.hostnames.isEmpty { output += "  hostnames: \(route.spec.hostnames.joined(separator: ", "))\n" }
        for parent in route.parents {
            output += "  parent: \(parentText(parent))\n"
        }
        let rulePaths = route.rules.map { $0.rule.path.description }
        output += findingLines(selection.findings(about: route.object, excluding: rulePaths), indent: 2)
        for rule in route.rules {
            let entries = selection.entries(of: route, rule: rule)
            guard !entries.isEmpty else { continue }
            let matches = rule.rule.pathMatches.map { "\($0.type) \($0.value)" }
            let matchText = route.spec.isGRPC ? "" : "  matches " + (matches.isEmpty ? "every path" : matches.joined(separator: ", "))
            output += "  \(rule.label)\(matchText)\n"
            output += findingLines(selection.findings(about: route.object, under: rule.rule.path.description), indent: 4)
            let totalWeight = rule.backends.reduce(Int64(0)) { $0 + $1.weight }
            for entry in entries {
                output += "    → \(entry.backend.label)  weight \(entry.backend.weight)\(entry.backend.permitted ? "" : "  (not permitted: no ReferenceGrant)")\n"
                output += persistenceLines(entry, totalWeight: totalWeight, selection: selection)
            }
        }
        return output
    }

    private static func persistenceLines(_ entry: BackendEntry, totalWeight: Int64, selection: ExplainSelection) -> String {
        let pad = "        "
        guard let persistence = entry.persistence else {
            let share = totalWeight > 0 ? "\(entry.backend.weight) of \(totalWeight)" : "no weight"
            return pad + "no session persistence: every request is load balanced by weight (\(share))\n"
        }
        var output = pad + "session persistence: \(persistence.settings.type.value), from \(persistence.originDescription)\n"
        var rows: [(String, String, String)] = []
        rows.append(("name", persistence.sessionName.value, provenanceText(persistence.sessionName.provenance)))
        if let absolute = persistence.settings.absoluteTimeout {
            rows.append(("absoluteTimeout", GEPDuration.describe(seconds: absolute.value), provenanceText(absolute.provenance)))
        } else if let invalid = persistence.settings.invalidAbsoluteTimeout {
            rows.append(("absoluteTimeout", invalid.value, provenanceText(invalid.provenance) + "; the API server rejects the manifest"))
        } else {
            rows.append(("absoluteTimeout", "none", "not set: sessions never expire"))
        }
        if let idle = persistence.settings.idleTimeout {
            rows.append(("idleTimeout", GEPDuration.describe(seconds: idle.value), provenanceText(idle.provenance)))
        }
        if persistence.settings.type.value == "Cookie" {
            rows.append(("lifetime", persistence.settings.lifetime.value, provenanceText(persistence.settings.lifetime.provenance)))
            rows.append(("cookie Path", pathText(persistence.cookiePath), provenanceText(persistence.cookiePathProvenance)))
            rows.append(("attributes", "Secure; HttpOnly; SameSite=\(persistence.sameSite.value)", persistence.secure.provenance.note))
        }
        let width = rows.map(\.0.count).max() ?? 0
        for row in rows {
            output += pad + "  " + row.0.padding(width) + "  " + row.1 + "  (" + row.2 + ")\n"
        }
        for policy in persistence.overridden {
            output += pad + "  overrides \(policy.label) (route-level configuration wins over backend-level)\n"
        }
        let token = persistence.settings.type.value == "Cookie" ? "cookie" : "header"
        let share = totalWeight > 0 ? "\(entry.backend.weight) of \(totalWeight)" : "no weight"
        output += pad + "decision: 1. a request carrying \(token) \(persistence.sessionName.value) goes to the backend that issued it, whatever the weights\n"
        output += pad + "          2. any other request is load balanced by weight (\(share)) and starts a session\n"
        return output
    }

    static func parentText(_ parent: ParentNode) -> String {
        if parent.isMesh { return "Service \(parent.reference.name?.value ?? "") (mesh)" }
        let name = "\(parent.reference.kind) \(parent.reference.namespace.map { "\($0)/" } ?? "")\(parent.reference.name?.value ?? "")"
        guard parent.gateway != nil else { return "\(name) (not in the inputs)" }
        let listeners = parent.listeners.map { "\($0.name ?? "?") (\($0.protocolName ?? "?") \($0.port.map(String.init) ?? "?"))" }
        return "\(name) listeners " + (listeners.isEmpty ? "none match" : listeners.joined(separator: ", "))
    }

    static func pathText(_ path: CookiePath) -> String {
        switch path {
        case .unset: return "unset"
        case .fixed(let value): return value
        case .perMatch(let values): return values.joined(separator: " or ") + " (the matched one)"
        }
    }

    static func provenanceText(_ provenance: Provenance) -> String {
        var parts: [String] = [provenance.note]
        if let location = provenance.location { parts.append("at \(location)") }
        if let path = provenance.path, provenance.location != nil { parts.append(path.description) }
        return parts.joined(separator: " ")
    }

    static func acceptanceText(_ acceptance: PolicyAcceptance) -> String {
        switch acceptance {
        case .accepted: return acceptance.reason
        case .conflicted(let winner, let reason):
            return "\(acceptance.reason): \(winner.gvk.kind) \(winner.metadata.effectiveNamespace)/\(winner.metadata.name?.value ?? "") wins (\(reason))"
        case .invalid(let text), .targetNotFound(let text): return "\(acceptance.reason): \(text)"
        }
    }

    private static func findingLines(_ diagnostics: [Diagnostic], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return diagnostics.map { "\(pad)\($0.severity.rawValue) \($0.id): \($0.message) (\($0.location))\n" }.joined()
    }
}
