/// Turns loaded documents into typed objects for one generation, and checks each object
/// against its kind's schema while its nodes are at hand, so that no node tree outlives its
/// document.
///
/// Decoding is tolerant: a field of the wrong type is read as absent (the structural rules
/// report it), and fields that the selected generation does not have are not read at all.
public struct ObjectDecoder: Sendable {
    /// The generation whose fields are read.
    public let generation: Generation
    private let sessionPersistenceSchema: ObjectSchema
    private let checker: SchemaChecker
    /// What each apiVersion and kind written stand for, worked out once per decoder: a fleet
    /// repeats a few dozen of them on every object, and each answer costs string splitting,
    /// lookups and, for unknown kinds, edit distances (``KindSpelling``).
    private let envelopes = Memo<EnvelopeKey, ObjectEnvelope>()

    private struct EnvelopeKey: Hashable {
        let apiVersion: String?
        let kind: String
    }

    /// The namespace of objects that name none.
    public let defaultNamespace: String

    /// Creates a decoder.
    public init(generation: Generation, defaultNamespace: String = "default") {
        self.generation = generation
        self.defaultNamespace = defaultNamespace
        sessionPersistenceSchema = SessionPersistenceSchema.schema(for: generation)
        checker = SchemaChecker(generation: generation)
    }

    /// What decides how a document decodes: two decoders with equal settings decode alike.
    public struct Settings: Sendable, Equatable {
        /// The generation whose fields are read.
        public let generation: Generation
        /// The namespace of objects that name none.
        public let defaultNamespace: String
    }

    /// This decoder's settings.
    public var settings: Settings { Settings(generation: generation, defaultNamespace: defaultNamespace) }

    /// Decodes and schema-checks one document (its nodes' locations name its file), appending
    /// what it holds to `unit` (no per-document arrays: a fleet has many documents).
    public func decode(_ document: YAMLDocument, into unit: inout DecodedInputs) {
        decode(document, streamedItems: DecodedInputs(), into: &unit)
    }

    /// Decodes one item of a List, as ``decode(_:into:)`` decodes each.
    func decodeListItem(_ item: Node, into unit: inout DecodedInputs) {
        guard item.isMapping, item["kind"]?.isString == true else {
            unit.nonObjects.append(NonObjectDocument(location: item.location, reason: "this List item has no kind"))
            return
        }
        append(item, to: &unit)
    }

    /// ``decode(_:into:)`` for a document whose List items were decoded as they loaded
    /// (`streamedItems`, in order; they are no longer in its tree): they are the document's
    /// objects when it is a List, and are dropped when it turns out not to be one. Returns
    /// whether it was a List.
    @discardableResult
    func decode(_ document: YAMLDocument, streamedItems: DecodedInputs, into unit: inout DecodedInputs) -> Bool {
        guard let root = document.root, !root.isNull else { return false }
        guard root.isMapping else {
            unit.nonObjects.append(NonObjectDocument(location: root.location, reason: "the document is a \(root.typeName), not a mapping",
                                                     looksLikeKubernetes: false))
            return false
        }
        guard let kind = root.string("kind", path: .root) else {
            unit.nonObjects.append(NonObjectDocument(location: root.location, reason: missingEnvelopeReason(root),
                                                     looksLikeKubernetes: root["apiVersion"] != nil && !ToolConfiguration.isHelmChart(root)))
            return false
        }
        if isList(kind: kind.value, root: root) {
            unit.append(streamedItems)
            for item in root["items"]?.items ?? [] { decodeListItem(item, into: &unit) }
            return true
        }
        append(root, to: &unit)
        return false
    }

    private func append(_ node: Node, to unit: inout DecodedInputs) {
        let object = decodeObject(node)
        if object.envelope.isToolConfiguration {
            // Not an object: a tool's configuration (a kustomization's patches are noted).
            if ToolConfiguration.isKustomization(group: object.gvk.group, kind: object.gvk.kind) {
                unit.kustomizePatches += Self.patchEntries(node).map { KustomizePatch(entry: $0, kustomization: node.location.file) }
            }
            return
        }
        unit.add(object)
        // Noted now, while the object is at hand: the envelope rules then look at these only.
        if object.mayHaveEnvelopeProblem { unit.envelopeSuspects.append(object) }
        unit.schemaViolations += checker.check(object, node: node)
    }

    /// The files a kustomization names as patches: each `path` of `patches` and
    /// `patchesJson6902`, and each entry of `patchesStrategicMerge` that is a file name rather
    /// than an inline patch.
    private static func patchEntries(_ root: Node) -> [String] {
        var entries: [String] = []
        for key in ["patches", "patchesJson6902"] {
            for item in root[key]?.items ?? [] { if let path = item["path"]?.scalarText, !path.isEmpty { entries.append(path) } }
        }
        for item in root["patchesStrategicMerge"]?.items ?? [] {
            if let path = item.scalarText, !path.isEmpty, !path.contains("\n") { entries.append(path) }
        }
        return entries
    }

    private func missingEnvelopeReason(_ root: Node) -> String {
        let keys = (root.entries ?? []).prefix(3).compactMap(\.keyText)
        let lacks = root["apiVersion"] == nil ? "apiVersion and kind" : "kind"
        let shown = keys.isEmpty ? "" : " (its top-level keys start with \(keys.joined(separator: ", ")))"
        return "the document has no \(lacks)\(shown), so it is not a Kubernetes object and is not analysed"
    }

    private func isList(kind: String, root: Node) -> Bool {
        kind.hasSuffix("List") && root["items"]?.items != nil && root["spec"] == nil
    }

    /// Decodes one object mapping (without checking it).
    func decodeObject(_ node: Node) -> KubeObject {
        let writtenAPIVersion = node.stringWithLocation("apiVersion")
        let writtenKind = node.stringWithLocation("kind")
        let envelope = envelopes.value(for: EnvelopeKey(apiVersion: writtenAPIVersion?.value, kind: writtenKind?.value ?? "")) {
            Self.envelope(apiVersion: writtenAPIVersion?.value, kind: writtenKind?.value ?? "", generation: generation)
        }
        let known = envelope.knownKind
        let metadataEntry = node.entry("metadata")
        let metadata = decodeMetadata(metadataEntry.flatMap { $0.value.isMapping ? $0.value : nil }, keyLocation: metadataEntry?.key.location,
                                      analysed: known != nil)
        var spec = known.map { decodeSpec($0, object: node) } ?? ObjectSpec.none
        if envelope.isListenerSet, let specNode = node.mapping("spec") {
            spec = .listenerSet(decodeListenerSet(specNode))
        }
        return KubeObject(location: node.location, envelope: envelope, apiVersionLocation: writtenAPIVersion?.location,
                          kindLocation: writtenKind?.location, metadata: metadata, spec: spec)
    }

    /// What `apiVersion` and `kind` stand for under `generation`.
    private static func envelope(apiVersion written: String?, kind writtenKind: String, generation: Generation) -> ObjectEnvelope {
        // Envelope strings a fleet repeats become shared literals.
        let apiVersion = written.map(EnvelopeStrings.canonical)
        let kindName = EnvelopeStrings.canonical(writtenKind)
        let gvk: GroupVersionKind
        if let apiVersion {
            gvk = GroupVersionKind(apiVersion: apiVersion, kind: kindName)
        } else if let known = KnownKind(rawValue: kindName) {
            gvk = GroupVersionKind(group: known.group, version: known.defaultVersion(in: generation), kind: kindName)
        } else {
            gvk = GroupVersionKind(group: "", version: "", kind: kindName)
        }
        var known = KnownKind(group: gvk.group, kind: gvk.kind)
        var problem: APIProblem?
        if let kind = known {
            let served = kind.servedVersions(in: generation)
            if served.isEmpty {
                known = nil
            } else if !served.contains(gvk.version) {
                problem = .unservedVersion(served: served)
            }
        } else if let intended = KindSpelling.intended(group: gvk.group, kind: gvk.kind), !intended.kind.servedVersions(in: generation).isEmpty {
            known = intended.kind
            problem = .misspelled(kind: intended.kind, group: intended.group)
        }
        return ObjectEnvelope(apiVersion: apiVersion, gvk: gvk, knownKind: known, apiProblem: problem)
    }

    /// The metadata; creationTimestamp only for `analysed` objects (kinds sppctl models: it
    /// decides conflicts between policies, and nothing else reads it).
    private func decodeMetadata(_ node: Node?, keyLocation: SourceLocation?, analysed: Bool) -> ObjectMeta {
        guard let node else {
            return ObjectMeta(name: nil, namespace: nil, creationTimestamp: nil, annotations: [:], defaultNamespace: defaultNamespace,
                              keyLocation: keyLocation)
        }
        var annotations: [String: Located<String>] = [:]
        for entry in node["annotations"]?.entries ?? [] {
            if let key = entry.keyText, key.hasPrefix(ObjectMeta.readAnnotationPrefix), let value = entry.value.string {
                annotations[key] = Located(value, at: entry.value.location, path: FieldPath.metadata.child("annotations").child(key))
            }
        }
        let timestamp = (analysed ? node["creationTimestamp"] : nil).flatMap { value -> Located<String>? in
            guard let text = value.scalar?.text, !value.isNull else { return nil }
            return Located(text, at: value.location, path: .metadataCreationTimestamp)
        }
        let name = node.stringWithLocation("name")
        return ObjectMeta(
            name: name ?? node.stringWithLocation("generateName"),
            nameIsGenerated: name == nil,
            namespace: node.stringWithLocation("namespace"),
            creationTimestamp: timestamp,
            annotations: annotations,
            defaultNamespace: defaultNamespace,
            keyLocation: keyLocation)
    }

    private func decodeSpec(_ kind: KnownKind, object: Node) -> ObjectSpec {
        if kind == .endpointSlice { return .endpointSlice(decodeEndpointSlice(object)) }
        guard let spec = object.mapping("spec") else { return .none }
        let path = FieldPath.spec
        let specKey = object.entry("spec")?.key.location ?? spec.location
        switch kind {
        case .service: return .service(decodeService(spec, path: path))
        case .endpointSlice: return .none
        case .gateway: return .gateway(decodeGateway(spec))
        case .httpRoute, .grpcRoute: return .route(decodeRoute(spec, path: path, grpc: kind == .grpcRoute))
        case .referenceGrant: return .referenceGrant(decodeReferenceGrant(spec))
        case .sessionPersistencePolicy: return .sessionPersistencePolicy(decodeSeedPolicy(spec, keyLocation: specKey, path: path))
        case .backendLBPolicy, .xBackendTrafficPolicy:
            let targets = spec.mappingItems("targetRefs").map { item in
                decodeTarget(item.node, path: path.child("targetRefs").index(item.index))
            }
            let persistence = spec.mapping("sessionPersistence").map {
                decodeSessionPersistence($0, keyLocation: spec.entry("sessionPersistence")?.key.location, path: path.child("sessionPersistence"))
            }
            return .backendPolicy(BackendPolicySpec(targetRefs: targets, sessionPersistence: persistence))
        }
    }

    /// Decodes a `sessionPersistence` mapping, reading only the selected generation's fields.
    /// `keyLocation` is where the `sessionPersistence` key is written.
    public func decodeSessionPersistence(_ node: Node, keyLocation: SourceLocation?, path: FieldPath) -> SessionPersistenceConfig {
        func read(_ key: String) -> Located<String>? {
            sessionPersistenceSchema.field(key) != nil ? node.string(key, path: path) : nil
        }
        let cookieKey = generation == .main ? "cookie" : "cookieConfig"
        let cookie = node.mapping(cookieKey).map { cookieNode in
            let cookiePath = path.child(cookieKey)
            return SessionPersistenceConfig.Cookie(
                location: node.entry(cookieKey)?.key.location ?? cookieNode.location, path: cookiePath,
                lifetimeType: cookieNode.string("lifetimeType", path: cookiePath),
                name: generation == .main ? cookieNode.string("name", path: cookiePath) : nil,
                cookiePath: generation == .main ? cookieNode.string("path", path: cookiePath) : nil)
        }
        let header = generation == .main ? node.mapping("header").map { headerNode in
            let headerPath = path.child("header")
            return SessionPersistenceConfig.Header(location: node.entry("header")?.key.location ?? headerNode.location, path: headerPath,
                                                   name: headerNode.string("name", path: headerPath))
        } : nil
        return SessionPersistenceConfig(
            location: keyLocation ?? node.location, path: path,
            sessionName: read("sessionName"),
            absoluteTimeout: read("absoluteTimeout"),
            idleTimeout: read("idleTimeout"),
            type: read("type"),
            cookie: cookie, header: header)
    }

    private func decodeTarget(_ node: Node, path: FieldPath) -> PolicyTargetReference {
        PolicyTargetReference(
            location: node.location, path: path,
            group: node.string("group", path: path), kind: node.string("kind", path: path),
            name: node.string("name", path: path), namespace: node.string("namespace", path: path),
            sectionName: node.string("sectionName", path: path))
    }

    private func decodeSeedPolicy(_ spec: Node, keyLocation: SourceLocation, path: FieldPath) -> SeedPolicySpec {
        SeedPolicySpec(
            targetRef: spec.mapping("targetRef").map { decodeTarget($0, path: path.child("targetRef")) },
            absoluteTimeoutSeconds: spec.scalarValue("absoluteTimeoutSeconds", path: path),
            idleTimeoutSeconds: spec.scalarValue("idleTimeoutSeconds", path: path),
            sessionName: spec.string("sessionName", path: path),
            type: spec.string("type", path: path),
            location: keyLocation)
    }

    private func decodeRoute(_ spec: Node, path: FieldPath, grpc: Bool) -> RouteSpec {
        let parents = spec.mappingItems("parentRefs").map { item -> RouteSpec.ParentReference in
            let itemPath = path.child("parentRefs").index(item.index)
            return RouteSpec.ParentReference(
                location: item.node.location, path: itemPath,
                group: item.node["group"]?.string ?? APIGroup.gateway,
                kind: item.node["kind"]?.string ?? "Gateway",
                namespace: item.node["namespace"]?.string,
                name: item.node.string("name", path: itemPath),
                sectionName: item.node.string("sectionName", path: itemPath),
                port: item.node.integer("port"))
        }
        let rules = spec.mappingItems("rules").map { item -> RouteSpec.Rule in
            let rulePath = path.child("rules").index(item.index)
            let matches: [RouteSpec.PathMatch] = grpc ? [] : item.node.mappingItems("matches").compactMap { match in
                guard let pathNode = match.node.mapping("path") else {
                    return RouteSpec.PathMatch(location: match.node.location, type: "PathPrefix", value: "/")
                }
                return RouteSpec.PathMatch(location: pathNode.location,
                                           type: pathNode["type"]?.string ?? "PathPrefix",
                                           value: pathNode["value"]?.string ?? "/")
            }
            let backends = item.node.mappingItems("backendRefs").map { backend -> RouteSpec.BackendReference in
                let backendPath = rulePath.child("backendRefs").index(backend.index)
                return RouteSpec.BackendReference(
                    location: backend.node.location, path: backendPath,
                    group: backend.node["group"]?.string ?? APIGroup.core,
                    kind: backend.node["kind"]?.string ?? "Service",
                    name: backend.node.string("name", path: backendPath),
                    namespace: backend.node.string("namespace", path: backendPath),
                    port: backend.node.integer("port", path: backendPath),
                    weight: backend.node.integer("weight", path: backendPath))
            }
            let persistence = item.node.mapping("sessionPersistence").map {
                decodeSessionPersistence($0, keyLocation: item.node.entry("sessionPersistence")?.key.location,
                                         path: rulePath.child("sessionPersistence"))
            }
            return RouteSpec.Rule(
                location: item.node.location, path: rulePath,
                name: generation >= .v1_2 ? item.node.string("name", path: rulePath) : nil,
                pathMatches: matches, backendRefs: backends, sessionPersistence: persistence)
        }
        let hostnames = (spec["hostnames"]?.items ?? []).compactMap(\.string)
        return RouteSpec(isGRPC: grpc, parentRefs: parents, hostnames: hostnames, rules: rules)
    }

    private func decodeService(_ spec: Node, path: FieldPath) -> ServiceSpec {
        let ports = spec.mappingItems("ports").map { item in
            ServiceSpec.Port(name: item.node["name"]?.string, port: item.node.integer("port"),
                             location: item.node.location)
        }
        let config = spec.mapping("sessionAffinityConfig")
        // Optional chaining makes the path only for a Service that has the field.
        return ServiceSpec(
            ports: ports,
            sessionAffinity: spec.string("sessionAffinity", path: path),
            clientIPTimeoutSeconds: config?.mapping("clientIP")?.scalarValue("timeoutSeconds", path: path.child("sessionAffinityConfig").child("clientIP")),
            sessionAffinityConfigLocation: config?.location)
    }

    private func decodeEndpointSlice(_ object: Node) -> EndpointSliceSpec {
        // The last string value of the label, as a map of the labels would hold (without making one).
        var serviceName: String?
        object.mapping("metadata")?["labels"]?.forEachEntry { key, value in
            if key.scalarText == "kubernetes.io/service-name", let text = value.string { serviceName = text }
        }
        // Read in place: a fleet has an EndpointSlice per Service, and arrays of its endpoints
        // and their addresses made only to be flattened cost more than the reading.
        var addresses: [String] = []
        object["endpoints"]?.forEachItem { endpoint in
            guard endpoint.isMapping else { return }
            endpoint["addresses"]?.forEachItem { address in
                if let text = address.string { addresses.append(text) }
            }
        }
        let ports = object.mappingItems("ports").map { item in
            (name: item.node["name"]?.string, port: item.node.integer("port"))
        }
        return EndpointSliceSpec(serviceName: serviceName, addresses: addresses, ports: ports)
    }

    private func decodeGateway(_ spec: Node) -> GatewaySpec {
        GatewaySpec(listeners: decodeListeners(spec))
    }

    private func decodeListenerSet(_ spec: Node) -> ListenerSetSpec {
        let parent = spec.mapping("parentRef")
        return ListenerSetSpec(parentName: parent?["name"]?.string, parentNamespace: parent?["namespace"]?.string,
                               listeners: decodeListeners(spec))
    }

    private func decodeListeners(_ spec: Node) -> [GatewaySpec.Listener] {
        spec.mappingItems("listeners").map { item in
            let allowed = item.node.mapping("allowedRoutes")
            let kinds = allowed?.mappingItems("kinds").compactMap { kind -> GatewaySpec.RouteKind? in
                guard let name = kind.node["kind"]?.string else { return nil }
                return GatewaySpec.RouteKind(group: kind.node["group"]?.string ?? APIGroup.gateway, kind: name)
            }
            return GatewaySpec.Listener(location: item.node.location, name: item.node["name"]?.string,
                                        protocolName: item.node["protocol"]?.string,
                                        port: item.node.integer("port"),
                                        hostname: item.node["hostname"]?.string,
                                        allowedNamespaces: allowed?.mapping("namespaces")?["from"]?.string ?? "Same",
                                        allowedKinds: kinds?.isEmpty == false ? kinds : nil)
        }
    }

    private func decodeReferenceGrant(_ spec: Node) -> ReferenceGrantSpec {
        let from = spec.mappingItems("from").map { item in
            ReferenceGrantSpec.From(group: item.node["group"]?.string ?? "", kind: item.node["kind"]?.string ?? "",
                                    namespace: item.node["namespace"]?.string ?? "")
        }
        let to = spec.mappingItems("to").map { item in
            ReferenceGrantSpec.To(group: item.node["group"]?.string ?? "", kind: item.node["kind"]?.string ?? "",
                                  name: item.node["name"]?.string)
        }
        return ReferenceGrantSpec(from: from, to: to)
    }
}
