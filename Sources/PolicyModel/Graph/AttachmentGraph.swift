/// The whole picture: which policy attaches to what, which routes reach which backends
/// through which parents, which policies conflict and who wins, and the persistence that
/// applies to every (route rule, backend). Precedence and conflicts are resolved here, once,
/// with the semantics of the selected generation; every consumer reads the result.
public struct AttachmentGraph: Sendable {
    /// The generation whose semantics apply.
    public let generation: Generation
    /// The implementation whose behaviour the effective settings describe.
    public let implementation: ImplementationProfile
    /// The objects, indexed.
    public let inventory: Inventory
    /// Every route, in input order.
    public let routes: [RouteNode]
    /// Every session-persistence policy, in input order, with its acceptance.
    public let policies: [PolicyNode]
    /// Every (route, rule, backend), in route, rule and backend order.
    public let entries: [BackendEntry]
    /// Every backend identity some route in the inputs sends traffic to.
    public let referencedBackends: Set<ObjectIdentity>
    /// The objects the API server refuses, with the finding that says so.
    public let refusals: [ObjectIdentifier: Rejection]
    private let ruleRanges: [RuleKey: Range<Int>]
    private let entriesByBackend: [ObjectIdentity: [Int]]

    private struct RuleKey: Hashable {
        let route: ObjectIdentifier
        let rule: Int
    }

    /// The entries of one rule of one route, in backend order.
    public func entries(of route: RouteNode, rule: Int) -> ArraySlice<BackendEntry> {
        guard let range = ruleRanges[RuleKey(route: ObjectIdentifier(route), rule: rule)] else { return [] }
        return entries[range]
    }

    /// The entries whose backend is `identity`, in entry order.
    public func entries(toBackend identity: ObjectIdentity) -> [BackendEntry] {
        (entriesByBackend[identity] ?? []).map { entries[$0] }
    }

    /// Why the API server refuses `object`, when it does.
    public func refusal(of object: KubeObject) -> Rejection? { refusals[ObjectIdentifier(object)] }

    /// Builds the graph of `objects` under `generation`, as `implementation` programs it.
    /// `refusals` are the objects the API server refuses (found by the object-level rules):
    /// a refused route carries no traffic, a refused policy or ReferenceGrant has no effect.
    /// Routes are resolved on up to `jobs` workers (each reads the inventory only). `indexed`
    /// is `objects`' inventory when it was built already.
    public init(objects: [KubeObject], generation: Generation, implementation: ImplementationProfile = .default,
                refusals: [ObjectIdentifier: Rejection] = [:], jobs: Int = 1, indexed: Inventory? = nil) {
        self.generation = generation
        self.implementation = implementation
        self.refusals = refusals
        let inventory = (indexed ?? Inventory(objects)).refusing(Set(refusals.keys))
        self.inventory = inventory
        let objects = inventory.effectiveKnownObjects
        let routeSpecs = objects.compactMap { object -> (object: KubeObject, spec: RouteSpec)? in
            guard case .route(let spec) = object.spec else { return nil }
            return (object, spec)
        }
        let routes = OrderedParallel.map(count: routeSpecs.count, jobs: jobs) { range in
            range.map { Self.routeNode(routeSpecs[$0].object, routeSpecs[$0].spec, inventory: inventory, refusals: refusals) }
        }
        self.routes = routes
        // A target counts as present when it is in the inputs or a route in the inputs sends
        // traffic to it: the Service may be defined elsewhere, but the policy attaches to it.
        let referenced = Set(routes.flatMap { $0.rules.flatMap { $0.backends.compactMap(\.identity) } })
        let candidates = OrderedParallel.map(count: objects.count, jobs: jobs) { range in
            range.compactMap { index -> PolicyNode? in
                guard let policy = Self.policyNode(objects[index], inventory: inventory) else { return nil }
                return refusals[ObjectIdentifier(objects[index])].map { policy.with(.refused($0)) } ?? policy
            }
        }
        let policies = Self.resolveConflicts(candidates).map { policy in
            guard policy.acceptance.isAccepted, !policy.targets.isEmpty,
                  policy.targets.allSatisfy({ $0.resolved == nil && !referenced.contains($0.identity) }) else { return policy }
            let names = policy.targets.map { "\($0.identity) not found" }.joined(separator: ", ")
            return policy.with(.targetNotFound(names))
        }
        self.policies = policies
        self.referencedBackends = referenced
        let index = PolicyIndex(policies: policies, routes: routes)
        var entries: [BackendEntry] = []
        var ranges: [RuleKey: Range<Int>] = [:]
        // The effective persistence of every (route, rule, backend), on up to `jobs` workers.
        let effective = OrderedParallel.map(count: routes.count, jobs: jobs) { range in
            range.map { routeIndex in
                let route = routes[routeIndex]
                return route.rules.map { rule in
                    // Made once for the rule: its backends' entries share them.
                    let inline = rule.rule.sessionPersistence.map { PersistenceSettings($0, of: route.object) }
                    return rule.backends.map { backend in
                        (backend, Self.effective(route: route, rule: rule, inline: inline, backend: backend, index: index,
                                                 generation: generation, implementation: implementation))
                    }
                }
            }
        }
        for (route, computed) in zip(routes, effective) {
            let routeRefusal = refusals[ObjectIdentifier(route.object)]
            // GEP-1619: session persistence on a Service with ClientIP affinity rejects the whole route.
            let affinityRejections = computed.flatMap { $0 }.compactMap { backend, persistence -> Rejection? in
                guard persistence != nil, let affinity = BackendEntry.clientIPAffinity(of: backend) else { return nil }
                return Rejection(rejector: .controller, ruleID: ServiceAffinityConflictRule.description.id, location: backend.reference.location,
                                 reason: "\(backend.identity.map(\.description) ?? "the backend") has sessionAffinity: \(affinity.value)")
            }
            let parentRejections = route.isRejectedByEveryParent ? route.parents.map { parent -> Rejection in
                var refused: KubeObject?
                if case .refused(let object, _) = parent.acceptance { refused = object }
                return Rejection(rejector: .controller, ruleID: NoListenerAcceptsRule.description.id, location: parent.reference.location,
                                 reason: refused.map { "the API server refuses \($0.label)" }
                                     ?? "no listener of \(parent.reference.kind) \(parent.reference.name?.value ?? "") accepts the route")
            } : []
            for (rule, backends) in zip(route.rules, computed) {
                let start = entries.count
                let totalWeight = rule.totalWeight
                for (backendIndex, (backend, persistence)) in backends.enumerated() {
                    var rejections = routeRefusal.map { [$0] } ?? []
                    rejections += parentRejections + affinityRejections
                    rejections += Self.backendRejections(backend, route: route)
                    let validity: EntryValidity
                    if !rejections.isEmpty {
                        validity = .rejected(rejections)
                    } else if let persistence, let reason = Self.ignored(persistence, route: route, implementation: implementation) {
                        validity = .notApplied(reason)
                    } else {
                        validity = .applied
                    }
                    entries.append(BackendEntry(route: route, ruleIndex: rule.index, backendIndex: backendIndex, persistence: persistence, validity: validity,
                                                totalWeight: totalWeight, implementation: implementation))
                }
                ranges[RuleKey(route: ObjectIdentifier(route), rule: rule.index)] = start..<entries.count
            }
        }
        self.entries = entries
        ruleRanges = ranges
        var byBackend: [ObjectIdentity: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if let identity = entry.backend.identity { byBackend[identity, default: []].append(index) }
        }
        entriesByBackend = byBackend
    }

    /// Why the backend of an entry is not resolved (RefNotPermitted, BackendNotFound).
    private static func backendRejections(_ backend: BackendNode, route: RouteNode) -> [Rejection] {
        if !backend.permitted, let namespace = backend.reference.namespace {
            return [Rejection(rejector: .controller, ruleID: RefNotPermittedRule.description.id, location: namespace.location,
                              reason: "no ReferenceGrant permits the reference (RefNotPermitted)")]
        }
        if backend.missing, let name = backend.reference.name {
            return [Rejection(rejector: .controller, ruleID: BackendNotFoundRule.description.id, location: name.location,
                              reason: "\(backend.identity.map(\.description) ?? "the backend") is not in the inputs (BackendNotFound)")]
        }
        return []
    }

    /// Why the selected implementation does not apply `persistence`, when it does not.
    private static func ignored(_ persistence: EffectivePersistence, route: RouteNode, implementation: ImplementationProfile) -> String? {
        if let policy = persistence.policy, let kind = policy.object.knownKind, let reason = implementation.ignoredPolicyKind(kind) {
            return reason
        }
        return implementation.ignoredRoutePersistence(type: persistence.settings.type.value, grpc: route.spec.isGRPC)
    }

    // MARK: - Routes

    private static func routeNode(_ object: KubeObject, _ spec: RouteSpec, inventory: Inventory, refusals: [ObjectIdentifier: Rejection]) -> RouteNode {
        let namespace = object.metadata.effectiveNamespace
        let parents = spec.parentRefs.map { reference in
            parentNode(reference, route: object, spec: spec, namespace: namespace, inventory: inventory, refusals: refusals)
        }
        let rules = spec.rules.enumerated().map { ruleIndex, rule in
            RuleNode(index: ruleIndex, rule: rule, backends: rule.backendRefs.enumerated().map { index, reference in
                backendNode(index: index, reference: reference, route: object, inventory: inventory)
            })
        }
        return RouteNode(object: object, spec: spec, parents: parents, rules: rules)
    }

    private static func parentNode(_ reference: RouteSpec.ParentReference, route: KubeObject, spec: RouteSpec, namespace: String,
                                   inventory: Inventory, refusals: [ObjectIdentifier: Rejection]) -> ParentNode {
        let parentNamespace = reference.namespace ?? namespace
        let isMesh = reference.kind == "Service" && (reference.group == "" || reference.group == "core")
        guard !isMesh, let name = reference.name?.value else {
            return ParentNode(reference: reference, gateway: nil, listenerSet: nil, acceptance: .unknown, isMesh: isMesh)
        }
        let owner: KubeObject
        let gateway: KubeObject?
        let listeners: [GatewaySpec.Listener]
        if reference.kind == "Gateway", reference.group == APIGroup.gateway,
           let found = inventory.object(group: APIGroup.gateway, kind: "Gateway", namespace: parentNamespace, name: name),
           case .gateway(let gatewaySpec) = found.spec {
            owner = found
            gateway = found
            listeners = gatewaySpec.listeners
        } else if ListenerSetSpec.kinds.contains(reference.kind), APIGroup.isGatewayAPI(reference.group),
                  let found = inventory.object(group: reference.group, kind: reference.kind, namespace: parentNamespace, name: name),
                  case .listenerSet(let setSpec) = found.spec {
            owner = found
            gateway = setSpec.parentName.flatMap {
                inventory.object(group: APIGroup.gateway, kind: "Gateway", namespace: setSpec.parentNamespace ?? parentNamespace, name: $0)
            }
            listeners = setSpec.listeners
        } else {
            return ParentNode(reference: reference, gateway: nil, listenerSet: nil, acceptance: .unknown, isMesh: false)
        }
        let listenerSet = owner === gateway ? nil : owner
        // A parent the API server refuses never exists (nor do a refused Gateway's ListenerSets' listeners).
        for parent in [owner, gateway].compactMap({ $0 }) {
            if let refusal = refusals[ObjectIdentifier(parent)] {
                return ParentNode(reference: reference, gateway: gateway, listenerSet: listenerSet, acceptance: .refused(object: parent, rejection: refusal),
                                  isMesh: false)
            }
        }
        let acceptance = ListenerMatcher(route: route, spec: spec, parentNamespace: owner.metadata.effectiveNamespace,
                                         parentLabel: owner.label)
            .acceptance(of: listeners, sectionName: reference.sectionName?.value, port: reference.port)
        return ParentNode(reference: reference, gateway: gateway, listenerSet: listenerSet, acceptance: acceptance, isMesh: false)
    }

    private static func backendNode(index: Int, reference: RouteSpec.BackendReference, route: KubeObject, inventory: Inventory) -> BackendNode {
        guard let name = reference.name?.value else {
            return BackendNode(index: index, reference: reference, identity: nil, service: nil, permitted: true, refusedGrant: nil, missing: false)
        }
        let routeNamespace = route.metadata.effectiveNamespace
        let namespace = reference.namespace?.value ?? routeNamespace
        let identity = ObjectIdentity(group: reference.group, kind: reference.kind, namespace: namespace, name: name)
        var permitted = true
        var refusedGrant: KubeObject?
        if namespace != routeNamespace {
            let request = Inventory.ReferenceRequest(fromGroup: route.gvk.group, fromKind: route.gvk.kind, fromNamespace: routeNamespace,
                                                     toGroup: reference.group, toKind: reference.kind, toName: name, targetNamespace: namespace)
            permitted = inventory.referenceAllowed(request)
            if !permitted { refusedGrant = inventory.refusedGrant(allowing: request) }
        }
        let service = inventory.object(identity)
        let missing = service == nil && identity.group == APIGroup.core && identity.kind == "Service"
            && inventory.hasServices(in: namespace)
        return BackendNode(index: index, reference: reference, identity: identity, service: service, permitted: permitted,
                           refusedGrant: refusedGrant, missing: missing)
    }

    // MARK: - Policies

    private static func policyNode(_ object: KubeObject, inventory: Inventory) -> PolicyNode? {
        switch object.spec {
        case .sessionPersistencePolicy(let spec):
            let namespace = object.metadata.effectiveNamespace
            let targets = spec.targetRef.map { [seedTarget($0, policyNamespace: namespace, inventory: inventory)] } ?? []
            return PolicyNode(object: object, family: .seed, settings: PersistenceSettings(seed: spec, of: object), targets: targets,
                              acceptance: initialAcceptance(targets))
        case .backendPolicy(let spec):
            let namespace = object.metadata.effectiveNamespace
            let targets = spec.targetRefs.map { backendTarget($0, policyNamespace: namespace, inventory: inventory) }
            return PolicyNode(object: object, family: .backend, settings: spec.sessionPersistence.map { PersistenceSettings($0, of: object) },
                              targets: targets, acceptance: initialAcceptance(targets))
        default:
            return nil
        }
    }

    private static func initialAcceptance(_ targets: [PolicyTarget]) -> PolicyAcceptance {
        if let invalid = targets.first(where: { !$0.isValid }), let problem = invalid.problem {
            switch problem {
            case .unsupportedKind(let text), .crossNamespace(let text), .sectionNotFound(let text): return .invalid(text)
            }
        }
        return .accepted
    }

    /// The kinds a backend policy may target: Services, ServiceImports and
    /// implementation-specific backends; never Gateway API or other core kinds.
    private static func backendTarget(_ reference: PolicyTargetReference, policyNamespace: String, inventory: Inventory) -> PolicyTarget {
        let group = reference.group?.value ?? ""
        let kind = reference.kind?.value ?? ""
        let identity = ObjectIdentity(group: group, kind: kind, namespace: policyNamespace, name: reference.name?.value ?? "")
        var problem: PolicyTarget.Problem?
        if group == "" && kind != "Service" {
            problem = .unsupportedKind(kind.lowercased() == "service"
                ? "kinds are case-sensitive: write Service, not \(kind)"
                : "a backend policy targets backends (Service, ServiceImport or an implementation's backend kind), not \(kind.isEmpty ? "an empty kind" : kind)")
        } else if group == "core" {
            problem = .unsupportedKind("the core API group is written \"\" (empty), not \"core\"" + (kind == "Service" ? "" : "; and kinds are case-sensitive (Service)"))
        } else if APIGroup.isGatewayAPI(group) {
            problem = .unsupportedKind("a backend policy targets backends, not \(kind): configure a route's persistence inline on its rules")
        }
        return PolicyTarget(reference: reference, identity: identity, sectionName: nil, resolved: inventory.object(identity), problem: problem)
    }

    /// The seed policy may target a Service, an HTTPRoute or a GRPCRoute, or a rule or port section.
    private static func seedTarget(_ reference: PolicyTargetReference, policyNamespace: String, inventory: Inventory) -> PolicyTarget {
        let kind = reference.kind?.value ?? ""
        // `group` is required (SPP006 says so); the GEP's own snippets leave it out, so the
        // analysis assumes the group the kind belongs to.
        let group = reference.group?.value ?? (kind == "HTTPRoute" || kind == "GRPCRoute" ? APIGroup.gateway : "")
        let namespace = reference.namespace?.value ?? policyNamespace
        let identity = ObjectIdentity(group: group, kind: kind, namespace: namespace, name: reference.name?.value ?? "")
        let resolved = inventory.object(identity)
        let section = reference.sectionName?.value
        var problem: PolicyTarget.Problem?
        let isService = group == "" && kind == "Service"
        let isRoute = group == APIGroup.gateway && (kind == "HTTPRoute" || kind == "GRPCRoute")
        if !isService && !isRoute {
            problem = .unsupportedKind("a SessionPersistencePolicy targets a Service (group \"\"), an HTTPRoute or a GRPCRoute (group \(APIGroup.gateway)), not \(group.isEmpty ? "" : group + "/")\(kind)")
        } else if namespace != policyNamespace {
            problem = .crossNamespace("the target is in namespace \(namespace), the policy in \(policyNamespace): a policy only attaches to its own namespace")
        } else if let section, let resolved {
            switch resolved.spec {
            case .route(let route):
                let names = route.rules.compactMap { $0.name?.value }
                if !names.contains(section) {
                    problem = .sectionNotFound("\(kind) \(namespace)/\(identity.name) has no rule named \"\(section)\"" + (names.isEmpty ? " (its rules have no names)" : " (rules: \(names.joined(separator: ", ")))"))
                }
            case .service(let service):
                let names = service.ports.compactMap(\.name)
                if !names.contains(section) {
                    problem = .sectionNotFound("Service \(namespace)/\(identity.name) has no port named \"\(section)\"" + (names.isEmpty ? " (its ports have no names)" : " (ports: \(names.joined(separator: ", ")))"))
                }
            default:
                break
            }
        }
        return PolicyTarget(reference: reference, identity: identity, sectionName: section, resolved: resolved, problem: problem)
    }

    // MARK: - Conflicts (GEP-713, merge strategy None)

    /// Whether `lhs` is established over `rhs`, and why.
    public static func precedence(_ lhs: KubeObject, _ rhs: KubeObject) -> (lhsWins: Bool, reason: String) {
        let left = lhs.metadata.creationTimestamp.flatMap { RFC3339Instant($0.value) }
        let right = rhs.metadata.creationTimestamp.flatMap { RFC3339Instant($0.value) }
        switch (left, right) {
        case let (left?, right?) where left != right:
            return (left < right, "older creationTimestamp")
        case (.some, nil):
            return (true, "older creationTimestamp; the other has none and would be created now")
        case (nil, .some):
            return (false, "older creationTimestamp; the other has none and would be created now")
        default:
            let leftName = "\(lhs.metadata.effectiveNamespace)/\(lhs.metadata.name?.value ?? "")"
            let rightName = "\(rhs.metadata.effectiveNamespace)/\(rhs.metadata.name?.value ?? "")"
            return (leftName < rightName, left == nil ? "alphabetical order; no creationTimestamp decides" : "alphabetical order; equal creationTimestamps")
        }
    }

    private static func resolveConflicts(_ policies: [PolicyNode]) -> [PolicyNode] {
        struct Key: Hashable {
            let identity: ObjectIdentity
            let section: String?
        }
        var groups: [Key: [Int]] = [:]
        for (index, policy) in policies.enumerated() where policy.acceptance.isAccepted && policy.settings != nil {
            for target in policy.targets where target.isValid {
                groups[Key(identity: target.identity, section: target.sectionName), default: []].append(index)
            }
        }
        var result = policies
        // Only targets shared by several policies can conflict (few, in a fleet): only they are sorted.
        let shared = groups.filter { $0.value.count > 1 }
        for key in shared.keys.sorted(by: { ($0.identity, $0.section ?? "") < ($1.identity, $1.section ?? "") }) {
            let members = Array(Set(shared[key]!)).sorted()
            guard members.count > 1 else { continue }
            let winner = members.dropFirst().reduce(members[0]) { best, candidate in
                precedence(policies[candidate].object, policies[best].object).lhsWins ? candidate : best
            }
            for loser in members where loser != winner {
                if case .conflicted = result[loser].acceptance { continue }
                let reason = precedence(policies[winner].object, policies[loser].object).reason
                result[loser] = result[loser].with(.conflicted(winner: policies[winner].object, reason: reason))
            }
        }
        return result
    }

    // MARK: - Effective settings

    /// The accepted policies that carry settings, indexed for the per-entry lookups.
    private struct PolicyIndex {
        /// Policies on a backend identity, with the section (port name) they name, if any.
        var onBackend: [ObjectIdentity: [(policy: PolicyNode, section: String?)]] = [:]
        /// Seed policies on a route identity, by section (rule name; nil for the whole route).
        var onRoute: [ObjectIdentity: [(policy: PolicyNode, section: String?)]] = [:]
        /// For seed semantics: the first route (with its policy) through which a backend is persisted.
        var persistedThroughRoute: [ObjectIdentity: (policy: PolicyNode, route: RouteNode)] = [:]

        init(policies: [PolicyNode], routes: [RouteNode]) {
            for policy in policies where policy.acceptance.isAccepted && policy.settings != nil {
                for target in policy.targets where target.isValid {
                    let isRoute = target.identity.group == APIGroup.gateway && ["HTTPRoute", "GRPCRoute"].contains(target.identity.kind)
                    if isRoute {
                        if policy.family == .seed { onRoute[target.identity, default: []].append((policy, target.sectionName)) }
                    } else {
                        onBackend[target.identity, default: []].append((policy, target.sectionName))
                    }
                }
            }
            for route in routes {
                guard let identity = route.object.identity, let attached = onRoute[identity] else { continue }
                for rule in route.rules {
                    // A policy on one rule (sectionName) persists only that rule's backends.
                    let sectioned = rule.rule.name.flatMap { name in attached.first { $0.section == name.value } }
                    guard let policy = (sectioned ?? attached.first { $0.section == nil })?.policy else {
                        continue
                    }
                    for backend in rule.backends where backend.permitted {
                        if let target = backend.identity, persistedThroughRoute[target] == nil {
                            persistedThroughRoute[target] = (policy, route)
                        }
                    }
                }
            }
        }
    }

    /// The persistence that wins for `backend` of `rule`, whose inline settings (when it has
    /// them) are `inline`.
    private static func effective(route: RouteNode, rule: RuleNode, inline: PersistenceSettings?, backend: BackendNode, index: PolicyIndex,
                                  generation: Generation, implementation: ImplementationProfile) -> EffectivePersistence? {
        guard backend.permitted, let identity = backend.identity else { return nil }
        // A seed policy may target one port of the Service by name (sectionName).
        let portName = backend.service.flatMap { service -> String? in
            guard case .service(let spec) = service.spec else { return nil }
            return spec.ports.first { $0.port == backend.reference.port?.value }?.name
        }
        let backendPolicies = (index.onBackend[identity] ?? []).filter { $0.section == nil || $0.section == portName }.map(\.policy)
        let routePolicies = route.object.identity.flatMap { index.onRoute[$0] } ?? []
        func routePolicy(section: String?) -> PolicyNode? {
            routePolicies.first { $0.section == section }?.policy
        }
        let routeKey = "\(route.object.gvk.kind)/\(route.object.metadata.effectiveNamespace)/\(route.object.metadata.name?.value ?? "")"

        if let inline {
            return make(.routeRule, source: route.object, policy: nil, settings: inline,
                        route: route, rule: rule, backend: backend, overridden: backendPolicies,
                        scope: "\(routeKey)#\(rule.index)", generation: generation, implementation: implementation)
        }
        if let section = rule.rule.name?.value, let policy = routePolicy(section: section), let settings = policy.settings {
            return make(.routePolicy(section: section), source: policy.object, policy: policy, settings: settings,
                        route: route, rule: rule, backend: backend, overridden: backendPolicies,
                        scope: "\(routeKey)#\(section)", generation: generation, implementation: implementation)
        }
        if let policy = routePolicy(section: nil), let settings = policy.settings {
            return make(.routePolicy(section: nil), source: policy.object, policy: policy, settings: settings,
                        route: route, rule: rule, backend: backend, overridden: backendPolicies,
                        scope: routeKey, generation: generation, implementation: implementation)
        }
        if let policy = backendPolicies.first, let settings = policy.settings {
            return make(.backendPolicy, source: policy.object, policy: policy, settings: settings,
                        route: route, rule: rule, backend: backend, overridden: [],
                        scope: "\(policy.label)@\(identity)", generation: generation, implementation: implementation)
        }
        // Seed semantics: persistence configured for this backend through another route's
        // policy also holds for this route ("Two Routes Share Backends").
        if let shared = index.persistedThroughRoute[identity], shared.route !== route, let settings = shared.policy.settings {
            return make(.sharedThroughRoute(shared.route.object), source: shared.policy.object, policy: shared.policy, settings: settings,
                        route: route, rule: rule, backend: backend, overridden: [],
                        scope: "\(shared.policy.label)@\(identity)", generation: generation, implementation: implementation)
        }
        return nil
    }

    private static func make(_ origin: EffectivePersistence.Origin, source: KubeObject, policy: PolicyNode?, settings: PersistenceSettings,
                             route: RouteNode, rule: RuleNode, backend: BackendNode, overridden: [PolicyNode],
                             scope: String, generation: Generation, implementation: ImplementationProfile) -> EffectivePersistence {
        let name: Sourced<String>
        let generated: Bool
        if let explicit = settings.sessionName {
            name = explicit
            generated = false
        } else {
            generated = true
            let routeName = route.object.metadata.name?.value ?? "route"
            if origin.isRouteLevel, let controllerName = implementation.generatedName(
                routeKind: route.object.gvk.kind, namespace: route.object.metadata.effectiveNamespace, name: routeName, ruleIndex: rule.index) {
                name = Sourced(controllerName, .implied("generated by \(implementation.displayName): the manifests set none"))
            } else {
                name = Sourced(generatedName(origin: origin, route: route, rule: rule, backend: backend),
                               .implied("illustrative: the manifests set none; GEP-1619 leaves the generated name to the implementation "
                                   + "(--implementation shows a controller's)"))
            }
        }
        let path: CookiePath
        let pathProvenance: Provenance
        let derivedByController = origin.isRouteLevel ? implementation.cookiePath(for: rule.rule.pathMatches, grpc: route.spec.isGRPC) : nil
        if let derivedByController {
            path = derivedByController
            pathProvenance = Provenance(object: route.object, path: rule.rule.path.child("matches"), location: rule.rule.location,
                                        note: "derived by \(implementation.displayName) from the rule's path matches")
        } else if generation == .main && policy?.family != .seed {
            if let explicit = settings.cookiePath {
                path = .fixed(explicit.value)
                pathProvenance = explicit.provenance
            } else {
                path = .fixed("/")
                pathProvenance = .implied("main's default: / unless cookie.path is set")
            }
        } else if origin.isRouteLevel {
            path = route.spec.isGRPC ? .fixed("/") : CookiePath.derived(from: rule.rule.pathMatches)
            pathProvenance = Provenance(object: route.object, path: rule.rule.path.child("matches"), location: rule.rule.location,
                                        note: rule.rule.pathMatches.isEmpty ? "the rule matches every path" : "derived from the rule's path matches")
        } else {
            path = .unset
            pathProvenance = .implied("unset: the settings are attached to the backend, which several routes may reach")
        }
        let type = settings.type.value
        let lifetime = settings.lifetime.value
        let absolute = settings.absoluteTimeout.map { _ in
            implementation.absoluteTimeoutEnforcement(type: type, lifetime: lifetime, lifetimeWritten: settings.cookieConfigWritten)
        }
        let idle = settings.idleTimeout.map { _ -> TimeoutEnforcement in
            implementation.honoursIdleTimeout ? .gateway : .ignored("\(implementation.displayName) does not read idleTimeout")
        }
        let maxAge = type == "Cookie" && implementation.cookieHasLifetime(
            absoluteTimeoutSet: settings.absoluteTimeout != nil, lifetime: lifetime, lifetimeWritten: settings.cookieConfigWritten)
            ? settings.absoluteTimeout?.value : nil
        return EffectivePersistence(
            origin: origin, source: source, policy: policy, settings: settings, sessionName: name, nameGenerated: generated,
            cookiePath: path, cookiePathProvenance: pathProvenance, attributes: implementation.cookieAttributes,
            cookieMaxAge: maxAge, absoluteTimeoutEnforcement: absolute, idleTimeoutEnforcement: idle,
            overridden: overridden, scope: scope)
    }

    /// A deterministic name, readable and unique per scope: `sp_<route>_<namespace>_<rule>`
    /// for route-level settings, `sp_<service>_<namespace>` for backend-level ones.
    private static func generatedName(origin: EffectivePersistence.Origin, route: RouteNode, rule: RuleNode, backend: BackendNode) -> String {
        switch origin {
        case .routeRule, .routePolicy(section: .some):
            return "sp_\(route.object.metadata.name?.value ?? "route")_\(route.object.metadata.effectiveNamespace)_\(rule.index)"
        case .routePolicy(section: nil):
            return "sp_\(route.object.metadata.name?.value ?? "route")_\(route.object.metadata.effectiveNamespace)"
        case .backendPolicy, .sharedThroughRoute:
            return "sp_\(backend.identity?.name ?? "backend")_\(backend.identity?.namespace ?? "default")"
        }
    }
}
