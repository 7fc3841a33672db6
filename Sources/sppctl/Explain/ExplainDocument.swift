import PolicyModel

/// `sppctl explain --format json|yaml`: the explanation as one structured document.
enum ExplainDocument {
    /// The document.
    static func build(_ selection: ExplainSelection) -> JSONValue {
        .object([
            ("version", .int(1)),
            ("gatewayAPI", .string(selection.graph.generation.rawValue)),
            ("routes", .array(selection.routes.map { route(for: $0, selection) })),
            ("policies", .array(selection.policies.map { policy(for: $0, selection) })),
        ])
    }

    private static func object(_ object: KubeObject) -> [(String, JSONValue)] {
        [
            ("kind", .string(object.gvk.kind)),
            ("namespace", .string(object.metadata.effectiveNamespace)),
            ("name", .string(object.metadata.name?.value ?? "")),
            ("file", .string(object.anchorLocation.file)),
            ("line", .int(Int64(object.anchorLocation.line))),
            ("column", .int(Int64(object.anchorLocation.column))),
        ]
    }

    private static func identity(_ identity: ObjectIdentity) -> JSONValue {
        .object([("group", .string(identity.group)), ("kind", .string(identity.kind)),
                 ("namespace", .string(identity.namespace)), ("name", .string(identity.name))])
    }

    private static func findings(_ diagnostics: [Diagnostic]) -> JSONValue {
        .array(diagnostics.map(JSONReporter.diagnostic))
    }

    private static func route(for route: RouteNode, _ selection: ExplainSelection) -> JSONValue {
        let rulePaths = route.rules.map { $0.rule.path.description }
        return .object(object(route.object) + [
            ("hostnames", .array(route.spec.hostnames.map(JSONValue.string))),
            ("parents", .array(route.parents.map { .string(ExplainText.parentText($0)) })),
            ("rules", .array(route.rules.compactMap { rule -> JSONValue? in
                let entries = selection.entries(of: route, rule: rule)
                guard !entries.isEmpty else { return nil }
                return .object([
                    ("index", .int(Int64(rule.index))),
                    ("name", .optional(rule.rule.name?.value)),
                    ("matches", .array(rule.rule.pathMatches.map { .object([("type", .string($0.type)), ("value", .string($0.value))]) })),
                    ("backends", .array(entries.map { backend(for: $0, selection) })),
                    ("findings", findings(selection.findings(about: route.object, under: rule.rule.path.description))),
                ])
            })),
            ("findings", findings(selection.findings(about: route.object, excluding: rulePaths))),
        ])
    }

    private static func backend(for entry: BackendEntry, _ selection: ExplainSelection) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("backend", entry.backend.identity.map(identity) ?? .null),
            ("port", entry.backend.reference.port.map { .int($0.value) } ?? .null),
            ("weight", .int(entry.backend.weight)),
            ("permitted", .bool(entry.backend.permitted)),
        ]
        guard let persistence = entry.persistence else {
            members.append(("persistence", .null))
            members.append(("decision", .array([.string("load balance by weight")])))
            return .object(members)
        }
        members.append(("persistence", .object([
            ("origin", .string(originName(persistence.origin))),
            ("from", .string(persistence.originDescription)),
            ("type", sourced(persistence.settings.type.value, persistence.settings.type.provenance)),
            ("sessionName", .object([("value", .string(persistence.sessionName.value)), ("generated", .bool(persistence.nameGenerated)),
                                     ("provenance", provenance(persistence.sessionName.provenance))])),
            ("absoluteTimeoutSeconds", persistence.settings.absoluteTimeout.map { sourced($0.value, $0.provenance) } ?? .null),
            ("invalidAbsoluteTimeout", persistence.settings.invalidAbsoluteTimeout.map { sourced($0.value, $0.provenance) } ?? .null),
            ("idleTimeoutSeconds", persistence.settings.idleTimeout.map { sourced($0.value, $0.provenance) } ?? .null),
            ("lifetime", sourced(persistence.settings.lifetime.value, persistence.settings.lifetime.provenance)),
            ("cookiePath", .object([("value", pathValue(persistence.cookiePath)), ("provenance", provenance(persistence.cookiePathProvenance))])),
            ("secure", .bool(persistence.secure.value)),
            ("httpOnly", .bool(persistence.httpOnly.value)),
            ("sameSite", .string(persistence.sameSite.value)),
            ("overrides", .array(persistence.overridden.map { .string($0.label) })),
        ])))
        members.append(("decision", .array([
            .string("requests carrying the session \(persistence.settings.type.value.lowercased()) \(persistence.sessionName.value) go to the backend that issued it"),
            .string("other requests are load balanced by weight"),
        ])))
        return .object(members)
    }

    private static func policy(for policy: PolicyNode, _ selection: ExplainSelection) -> JSONValue {
        return .object(object(policy.object) + [
            ("accepted", .bool(policy.acceptance.isAccepted)),
            ("reason", .string(policy.acceptance.reason)),
            ("message", .string(ExplainText.acceptanceText(policy.acceptance))),
            ("targets", .array(policy.targets.map { target in
                .object([("target", identity(target.identity)), ("sectionName", .optional(target.sectionName)),
                         ("inInputs", .bool(target.resolved != nil))])
            })),
            ("findings", findings(selection.findings(about: policy.object))),
        ])
    }

    private static func originName(_ origin: EffectivePersistence.Origin) -> String {
        switch origin {
        case .routeRule: return "routeRule"
        case .routePolicy: return "routePolicy"
        case .backendPolicy: return "backendPolicy"
        case .sharedThroughRoute: return "sharedThroughRoute"
        }
    }

    private static func pathValue(_ path: CookiePath) -> JSONValue {
        switch path {
        case .unset: return .null
        case .fixed(let value): return .string(value)
        case .perMatch(let values): return .array(values.map(JSONValue.string))
        }
    }

    private static func sourced(_ value: String, _ origin: Provenance) -> JSONValue {
        .object([("value", .string(value)), ("provenance", provenance(origin))])
    }

    private static func sourced(_ value: Int64, _ origin: Provenance) -> JSONValue {
        .object([("value", .int(value)), ("provenance", provenance(origin))])
    }

    private static func provenance(_ provenance: Provenance) -> JSONValue {
        .object([
            ("note", .string(provenance.note)),
            ("object", provenance.object.map(identity) ?? .null),
            ("path", .optional(provenance.path?.description)),
            ("file", .optional(provenance.location?.file)),
            ("line", provenance.location.map { .int(Int64($0.line)) } ?? .null),
            ("column", provenance.location.map { .int(Int64($0.column)) } ?? .null),
        ])
    }
}
