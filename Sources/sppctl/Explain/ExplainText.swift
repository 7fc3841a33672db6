import PolicyModel

/// `sppctl explain --format text`: an indented tree per route, then the policies.
enum ExplainText {
    /// The whole explanation.
    static func render(_ selection: ExplainSelection) -> String {
        let implementation = selection.analysis.options.implementation
        var output = "Gateway API \(selection.graph.generation.rawValue), implementation \(implementation.rawValue)"
            + (implementation.isController ? " (what \(implementation.displayName) programs)" : " (GEP-1619 as written; recommendations labelled)")
            + "\n\n"
        for route in selection.routes {
            output += routeSection(route, selection)
            output += "\n"
        }
        if !selection.policies.isEmpty {
            output += "Policies\n"
            for policy in selection.policies {
                output += line("  \(policy.label)  (\(policy.object.anchorLocation))")
                output += line("    status: \(acceptanceText(policy.acceptance))")
                if let kind = policy.object.knownKind, let reason = selection.analysis.options.implementation.ignoredPolicyKind(kind) {
                    output += line("    not read: \(reason), so it has no effect there")
                }
                for target in policy.targets {
                    let section = target.sectionName.map { " section \"\($0)\"" } ?? ""
                    let found = target.resolved != nil ? "" : (selection.graph.referencedBackends.contains(target.identity) ? " (defined elsewhere)" : " (not in the inputs)")
                    output += line("    target: \(target.identity)\(section)\(found)")
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
        var output = line("\(route.label)  (\(route.object.anchorLocation))")
        if !route.spec.hostnames.isEmpty { output += line("  hostnames: \(route.spec.hostnames.joined(separator: ", "))") }
        for parent in route.parents {
            output += line("  parent: \(parentText(parent))")
        }
        if let refusal = selection.graph.refusal(of: route.object) {
            output += line("  rejected: no traffic; the API server refuses the route (\(refusal.ruleID) at \(refusal.location))")
        } else if route.isRejectedByEveryParent {
            output += "  rejected: no traffic; no parent accepts the route\n"
        }
        let findings = selection.routeFindings(route)
        output += findingLines(findings.route, indent: 2)
        for rule in route.rules {
            let entries = selection.entries(of: route, rule: rule)
            guard !entries.isEmpty else { continue }
            let matches = rule.rule.pathMatches.map { "\($0.type) \($0.value)" }
            let matchText = route.spec.isGRPC ? "" : "  matches " + (matches.isEmpty ? "every path" : matches.joined(separator: ", "))
            output += line("  \(rule.label)\(matchText)")
            output += findingLines(findings.rules[rule.index] ?? [], indent: 4)
            for entry in entries {
                output += line("    → \(entry.backend.label)  weight \(entry.backend.weight)")
                output += entryLines(entry, selection: selection)
            }
        }
        return output
    }

    private static func entryLines(_ entry: BackendEntry, selection: ExplainSelection) -> String {
        let pad = "        "
        switch entry.validity {
        case .rejected(let rejections):
            var output = pad + "rejected: no traffic\n"
            for rejection in rejections {
                let who = rejection.rejector == .apiServer ? "the API server refuses the route" : "the controller rejects it"
                output += line(pad + "  \(who) (\(rejection.ruleID) at \(rejection.location))"
                    + (rejection.rejector == .controller ? ": \(rejection.reason)" : ""))
            }
            return output
        case .notApplied(let reason):
            var output = line(pad + "session persistence not applied: \(reason)")
            if let persistence = entry.persistence {
                output += line(pad + "  configured: \(persistence.settings.type.value), from \(persistence.originDescription)")
            }
            return output + decisionLines(entry.decision, pad: pad)
        case .applied:
            guard let persistence = entry.persistence else {
                return pad + "no session persistence\n" + decisionLines(entry.decision, pad: pad)
            }
            return persistenceLines(persistence, pad: pad) + decisionLines(entry.decision, pad: pad)
        }
    }

    private static func persistenceLines(_ persistence: EffectivePersistence, pad: String) -> String {
        var output = line(pad + "session persistence: \(persistence.settings.type.value), from \(persistence.originDescription)")
        var rows: [(String, String, String)] = []
        rows.append(("name", persistence.sessionName.value, provenanceText(persistence.sessionName.provenance)))
        if let absolute = persistence.settings.absoluteTimeout {
            let enforcement = persistence.absoluteTimeoutEnforcement.map { "; \($0.text)" } ?? ""
            rows.append(("absoluteTimeout", GEPDuration.describe(seconds: absolute.value), provenanceText(absolute.provenance) + enforcement))
        } else if let invalid = persistence.settings.invalidAbsoluteTimeout {
            rows.append(("absoluteTimeout", invalid.value, provenanceText(invalid.provenance) + "; the API server rejects the manifest"))
        } else {
            rows.append(("absoluteTimeout", "none", "not set: no timeout bounds the session"))
        }
        if let idle = persistence.settings.idleTimeout {
            let enforcement = persistence.idleTimeoutEnforcement.map { "; \($0.text)" } ?? ""
            rows.append(("idleTimeout", GEPDuration.describe(seconds: idle.value), provenanceText(idle.provenance) + enforcement))
        }
        if persistence.token == "cookie" {
            rows.append(("lifetime", persistence.settings.lifetime.value, provenanceText(persistence.settings.lifetime.provenance)))
            rows.append(("cookie Max-Age", persistence.cookieMaxAge.map { "\($0) (\(GEPDuration.describe(seconds: $0)))" } ?? "none",
                         persistence.cookieMaxAge == nil ? "the cookie lasts until the browser closes" : "the cookie outlives the browser session"))
            rows.append(("cookie Path", pathText(persistence.cookiePath), provenanceText(persistence.cookiePathProvenance)))
            let attributes = persistence.attributes
            rows.append(("attributes", attributes.text, (attributes.isRecommendation ? "recommendation: " : "") + attributes.note))
        }
        let width = rows.map(\.0.count).max() ?? 0
        for row in rows {
            output += line(pad + "  " + row.0.padding(width) + "  " + row.1 + "  (" + row.2 + ")")
        }
        for policy in persistence.overridden {
            output += line(pad + "  overrides \(policy.label) (route-level configuration wins over backend-level)")
        }
        return output
    }

    private static func decisionLines(_ decision: SessionDecision?, pad: String) -> String {
        guard let decision else { return "" }
        let weights = decision.weights
        let share = weights.totalWeight > 0 ? "\(weights.weight) of \(weights.totalWeight)" : "no weight"
        guard let session = decision.session else {
            return line(pad + "decision: every request is load balanced by weight (\(share))")
        }
        let first = session.holdsAcrossBackends
            ? "a request carrying \(session.token) \(session.name) goes to the backend that issued it, whatever the weights"
            : "a request carrying \(session.token) \(session.name) is still placed by weight: the session does not hold across the split"
        return line(pad + "decision: 1. \(first)")
            + line(pad + "          2. any other request is load balanced by weight (\(share)) and starts a session")
    }

    static func parentText(_ parent: ParentNode) -> String {
        if parent.isMesh { return "Service \(parent.reference.name?.value ?? "") (mesh)" }
        let name = "\(parent.reference.kind) \(parent.reference.namespace.map { "\($0)/" } ?? "")\(parent.reference.name?.value ?? "")"
        switch parent.acceptance {
        case .unknown:
            return "\(name) (not in the inputs)"
        case .rejected(let reason, let message):
            return "\(name) does not accept the route (\(reason)): \(message)"
        case .refused(let object, let rejection):
            return "\(name): the API server refuses the \(object.gvk.kind) (\(rejection.ruleID) at \(rejection.location)), so it never exists"
        case .accepted(let listeners):
            return "\(name) listeners " + listeners.map { "\($0.name ?? "?") (\($0.protocolName ?? "?") \($0.port.map(String.init) ?? "?"))" }
                .joined(separator: ", ")
        }
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
            return "\(acceptance.reason): \(winner.label) wins (\(reason))"
        case .invalid(let text), .targetNotFound(let text): return "\(acceptance.reason): \(text)"
        case .refused(let rejection): return "refused by the API server, so it has no effect: \(rejection.ruleID) at \(rejection.location): \(rejection.reason)"
        }
    }

    private static func findingLines(_ diagnostics: [Diagnostic], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return diagnostics.map { line("\(pad)\($0.severity.rawValue) \($0.id): \($0.message) (\($0.location))") }.joined()
    }

    /// One line of the explanation: what the inputs put in it cannot act on the terminal or start
    /// another line (``TerminalText``).
    private static func line(_ text: String) -> String {
        TerminalText.escaped(text) + "\n"
    }
}
