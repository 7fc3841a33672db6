import PolicyModel

/// `sppctl explain --format json|yaml`: the explanation as one structured document.
///
/// Each fact is written once: the session persistence that applies to a backend is an index
/// into the document's `persistences`, which holds every distinct one, in order of first use;
/// a refusal or a rejection is an index into `rejections`, likewise. (The backends of one rule
/// usually share their persistence, and every backend of a refused route shares its refusal;
/// written out per backend, the document grew with backends times fields.)
enum ExplainDocument {
    /// The document.
    static func build(_ selection: ExplainSelection) -> JSONValue {
        stream(selection).value()
    }

    /// The document as a stream: each route and policy is made as it is written (on up to
    /// `--jobs` workers), after the persistences table (written last) was filled.
    static func stream(_ selection: ExplainSelection) -> JSONObjectStream {
        let table = persistenceTable(selection)
        let rejections = RejectionTable(selection)
        let routes = selection.routes
        let policies = selection.policies
        return JSONObjectStream([
            ("version", .value(.int(3))),
            ("gatewayAPI", .value(.string(selection.graph.generation.rawValue))),
            ("implementation", .value(.string(selection.analysis.options.implementation.rawValue))),
            ("routes", .array(count: routes.count) { route(for: routes[$0], selection, table.indexes, rejections) }),
            ("policies", .array(count: policies.count) { policy(for: policies[$0], selection, rejections) }),
            ("persistences", .array(count: table.values.count) { table.values[$0] }),
            ("rejections", .array(count: rejections.values.count) { rejection(for: rejections.values[$0], selection) }),
        ], jobs: selection.analysis.options.jobs)
    }

    /// Every distinct persistence the selected routes' backends show, in order of first use,
    /// and the index of each effective persistence in it (one is written the same wherever it
    /// applies, so it is rendered once). The persistences are rendered on the workers.
    private static func persistenceTable(_ selection: ExplainSelection) -> (values: [JSONValue], indexes: [ObjectIdentifier: Int]) {
        var shown: [EffectivePersistence] = []
        var seen = Set<ObjectIdentifier>()
        seen.reserveCapacity(selection.entries.count)
        for route in selection.routes {
            for rule in route.rules {
                for entry in selection.entries(of: route, rule: rule) {
                    guard let persistence = shownPersistence(entry), seen.insert(ObjectIdentifier(persistence)).inserted else { continue }
                    shown.append(persistence)
                }
            }
        }
        let persistences = shown
        let table = FactTable(count: persistences.count, jobs: selection.analysis.options.jobs) { persistence(persistences[$0]) }
        var indexes: [ObjectIdentifier: Int] = [:]
        indexes.reserveCapacity(shown.count)
        for (persistence, index) in zip(persistences, table.indexes) { indexes[ObjectIdentifier(persistence)] = index }
        return (table.values, indexes)
    }

    /// The persistence a backend shows: none when its entry is rejected.
    private static func shownPersistence(_ entry: BackendEntry) -> EffectivePersistence? {
        entry.validity.isRejected ? nil : entry.persistence
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

    private static func route(for route: RouteNode, _ selection: ExplainSelection, _ persistences: [ObjectIdentifier: Int],
                              _ rejections: RejectionTable) -> JSONValue {
        let routeFindings = selection.routeFindings(route)
        var rules: [JSONValue] = []
        for rule in route.rules {
            let entries = selection.entries(of: route, rule: rule)
            guard !entries.isEmpty else { continue }
            var backends: [JSONValue] = []
            for entry in entries { backends.append(backend(for: entry, persistences, rejections)) }
            rules.append(.object([
                ("index", .int(Int64(rule.index))),
                ("name", .optional(rule.rule.name?.value)),
                ("matches", .array(rule.rule.pathMatches.map { .object([("type", .string($0.type)), ("value", .string($0.value))]) })),
                ("backends", .array(backends)),
                ("findings", findings(routeFindings.rules[rule.index] ?? [])),
            ]))
        }
        return .object(object(route.object) + [
            ("hostnames", .array(route.spec.hostnames.map(JSONValue.string))),
            ("refusal", rejections.reference(selection.graph.refusal(of: route.object))),
            ("parents", .array(route.parents.map { parent($0, rejections) })),
            ("rules", .array(rules)),
            ("findings", findings(routeFindings.route)),
        ])
    }

    private static func parent(_ parent: ParentNode, _ rejections: RejectionTable) -> JSONValue {
        let reference = parent.reference
        var acceptance: [(String, JSONValue)]
        switch parent.acceptance {
        case .unknown:
            acceptance = [("state", .string(parent.isMesh ? "mesh" : "unknown"))]
        case .rejected(let reason, let message):
            acceptance = [("state", .string("rejected")), ("reason", .string(reason)), ("message", .string(message))]
        case .refused(_, let rejection):
            acceptance = [("state", .string("refused")), ("refusal", rejections.reference(rejection))]
        case .accepted(let listeners):
            acceptance = [("state", .string("accepted")), ("listeners", .array(listeners.map { listener in
                .object([("name", .optional(listener.name)), ("protocol", .optional(listener.protocolName)),
                         ("port", listener.port.map { .int($0) } ?? .null), ("hostname", .optional(listener.hostname))])
            }))]
        }
        return .object([
            ("group", .string(reference.group)), ("kind", .string(reference.kind)),
            ("namespace", .optional(reference.namespace)), ("name", .optional(reference.name?.value)),
            ("sectionName", .optional(reference.sectionName?.value)), ("port", reference.port.map { .int($0) } ?? .null),
            ("inInputs", .bool(parent.gateway != nil || parent.listenerSet != nil)),
            ("acceptance", .object(acceptance)),
        ])
    }

    private static func rejection(for rejection: Rejection, _ selection: ExplainSelection) -> JSONValue {
        .object([
            ("by", .string(rejection.rejector.rawValue)),
            ("rule", .string(rejection.ruleID)),
            ("file", .string(rejection.location.file)),
            ("line", .int(Int64(rejection.location.line))),
            ("column", .int(Int64(rejection.location.column))),
            ("message", .string(selection.analysis.diagnostic(for: rejection)?.message ?? rejection.reason)),
        ])
    }

    private static func backend(for entry: BackendEntry, _ persistences: [ObjectIdentifier: Int], _ rejections: RejectionTable) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("backend", entry.backend.identity.map(identity) ?? .null),
            ("port", entry.backend.reference.port.map { .int($0.value) } ?? .null),
            ("weight", .int(entry.backend.weight)),
        ]
        var validity: [(String, JSONValue)] = [("state", .string(entry.validity.name))]
        switch entry.validity {
        case .applied: break
        case .notApplied(let reason): validity.append(("reason", .string(reason)))
        case .rejected(let reasons): validity.append(("rejections", .array(reasons.map(rejections.reference))))
        }
        members.append(("validity", .object(validity)))
        members.append(("persistence", shownPersistence(entry).map { .int(Int64(persistences[ObjectIdentifier($0)]!)) } ?? .null))
        members.append(("decision", entry.decision.map(decision) ?? .null))
        return .object(members)
    }

    private static func persistence(_ persistence: EffectivePersistence) -> JSONValue {
        let settings = persistence.settings
        return .object([
            ("origin", .string(originName(persistence.origin))),
            ("source", persistence.source.identity.map(identity) ?? .null),
            ("section", sectionName(persistence.origin)),
            ("type", sourced(settings.type.value, settings.type.provenance)),
            ("sessionName", .object([("value", .string(persistence.sessionName.value)), ("generated", .bool(persistence.nameGenerated)),
                                     ("provenance", provenance(persistence.sessionName.provenance))])),
            ("absoluteTimeoutSeconds", settings.absoluteTimeout.map { timeout($0, persistence.absoluteTimeoutEnforcement) } ?? .null),
            ("invalidAbsoluteTimeout", settings.invalidAbsoluteTimeout.map { sourced($0.value, $0.provenance) } ?? .null),
            ("idleTimeoutSeconds", settings.idleTimeout.map { timeout($0, persistence.idleTimeoutEnforcement) } ?? .null),
            ("lifetime", sourced(settings.lifetime.value, settings.lifetime.provenance)),
            ("cookieMaxAgeSeconds", persistence.cookieMaxAge.map { .int($0) } ?? .null),
            ("cookiePath", .object([("value", pathValue(persistence.cookiePath)), ("provenance", provenance(persistence.cookiePathProvenance))])),
            ("attributes", .object([
                ("secure", .bool(persistence.attributes.secure)),
                ("httpOnly", .bool(persistence.attributes.httpOnly)),
                ("sameSite", .optional(persistence.attributes.sameSite)),
                ("recommendation", .bool(persistence.attributes.isRecommendation)),
            ])),
            ("overrides", .array(persistence.overridden.compactMap { $0.object.identity.map(identity) })),
        ])
    }

    private static func timeout(_ value: Sourced<Int64>, _ enforcement: TimeoutEnforcement?) -> JSONValue {
        var members: [(String, JSONValue)] = [("value", .int(value.value)), ("provenance", provenance(value.provenance))]
        if let enforcement {
            members.append(("enforcement", .string(enforcement.name)))
            if case .ignored(let reason) = enforcement { members.append(("ignoredBecause", .string(reason))) }
        }
        return .object(members)
    }

    private static func decision(_ decision: SessionDecision) -> JSONValue {
        .object([
            ("session", decision.session.map { session in
                .object([("token", .string(session.token)), ("name", .string(session.name)),
                         ("holdsAcrossBackends", .bool(session.holdsAcrossBackends))])
            } ?? .null),
            ("weights", .object([("weight", .int(decision.weights.weight)), ("totalWeight", .int(decision.weights.totalWeight))])),
        ])
    }

    private static func sectionName(_ origin: EffectivePersistence.Origin) -> JSONValue {
        if case .routePolicy(let section) = origin { return .optional(section) }
        return .null
    }

    private static func policy(for policy: PolicyNode, _ selection: ExplainSelection, _ rejections: RejectionTable) -> JSONValue {
        return .object(object(policy.object) + [
            ("accepted", .bool(policy.acceptance.isAccepted)),
            ("refusal", rejections.reference(policy.acceptance.refusal)),
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
