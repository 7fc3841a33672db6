/// Every decoded object, indexed by group, kind, namespace and name. When an identity is
/// defined twice (SPP009), the last definition is the one found, as applying the inputs in
/// order would leave it.
public struct Inventory: Sendable {
    /// A cross-namespace reference to check against ReferenceGrants.
    public struct ReferenceRequest: Sendable {
        /// The referring object's group, kind and namespace.
        public let fromGroup: String, fromKind: String, fromNamespace: String
        /// The referent's group, kind and name, and its namespace (where the grant must be).
        public let toGroup: String, toKind: String, toName: String, targetNamespace: String

        /// Creates a request.
        public init(fromGroup: String, fromKind: String, fromNamespace: String, toGroup: String, toKind: String, toName: String,
                    targetNamespace: String) {
            self.fromGroup = fromGroup
            self.fromKind = fromKind
            self.fromNamespace = fromNamespace
            self.toGroup = toGroup
            self.toKind = toKind
            self.toName = toName
            self.targetNamespace = targetNamespace
        }
    }

    /// An object whose identity an earlier object already has (SPP009).
    public struct Redefinition: Sendable {
        /// The identity defined again.
        public let identity: ObjectIdentity
        /// The later definition.
        public let object: KubeObject
        /// The first definition of the identity.
        public let first: KubeObject
    }

    /// All objects, in input order.
    public let objects: [KubeObject]
    /// The objects of a kind sppctl models (``KubeObject/knownKind``) that survive applying the
    /// inputs in order: the last definition of each identity, and every such object without a
    /// name, in input order (worked out once: the graph and the exporters each go through them;
    /// objects of other kinds have nothing for them).
    public let effectiveKnownObjects: [KubeObject]
    /// Every later definition of an identity, in input order.
    public let redefinitions: [Redefinition]
    /// The position of each identity's last definition.
    private let table: IdentityTable
    /// The positions of the first definitions of identities by the hash of their kind and
    /// namespace, in input order: made when first asked for (only did-you-mean suggestions
    /// read them).
    private let firstDefinitionsByPlace: LazyValue<[Int: [Int32]]>
    private let grantsByNamespace: [String: [KubeObject]]
    private let serviceNamespaces: Set<String>
    private var refused: Set<ObjectIdentifier>

    /// Indexes `objects`, none of them refused yet (see ``refusing(_:)``).
    public init(_ objects: [KubeObject]) {
        self.init(objects, keys: Self.keys(of: objects, jobs: 1), knownKindPositions: objects.indices.filter { objects[$0].knownKind != nil })
    }

    /// The hashes of each object's identity and of its kind and namespace, worked out on up to
    /// `jobs` workers (the index then goes through one array instead of to every object in
    /// memory, and hashes nothing).
    static func keys(of objects: [KubeObject], jobs: Int) -> [IdentityTable.Key?] {
        OrderedParallel.map(count: objects.count, jobs: jobs) { range in range.map { objects[$0].identity.map(IdentityTable.Key.init) } }
    }

    /// Indexes `objects`, whose identities' hashes are `keys` (see ``keys(of:jobs:)``);
    /// `knownKindPositions` are the positions of the objects of a known kind among them.
    init(_ objects: [KubeObject], keys: [IdentityTable.Key?], knownKindPositions: [Int]) {
        precondition(keys.count == objects.count, "one key per object")
        self.objects = objects
        refused = []
        let table = IdentityTable(keys) { objects[$0].identity }
        redefinitions = table.redefinitions.map { item in
            Redefinition(identity: objects[item.position].identity!, object: objects[item.position], first: objects[item.first])
        }
        let replaced = Set(table.redefinitions.map(\.replaced))
        var grants: [String: [KubeObject]] = [:]
        var serviceNamespaces = Set<String>()
        // Every definition counts here, a redefined one too (as it always has).
        for position in knownKindPositions where objects[position].knownKind == .referenceGrant || objects[position].knownKind == .service {
            let object = objects[position]
            switch object.spec {
            case .referenceGrant: grants[object.metadata.effectiveNamespace, default: []].append(object)
            case .service: serviceNamespaces.insert(object.metadata.effectiveNamespace)
            default: break
            }
        }
        self.table = table
        let firstDefinitions = table.firstDefinitions
        let placeHashes = keys.map { $0?.placeHash ?? 0 }
        firstDefinitionsByPlace = LazyValue { Dictionary(grouping: firstDefinitions) { placeHashes[Int($0)] } }
        effectiveKnownObjects = knownKindPositions.filter { !replaced.contains($0) }.map { objects[$0] }
        grantsByNamespace = grants
        self.serviceNamespaces = serviceNamespaces
    }

    /// The same index, with `refused` as the objects the API server refuses (the index does
    /// not depend on them, so it can be built before they are known).
    public func refusing(_ refused: Set<ObjectIdentifier>) -> Inventory {
        var copy = self
        copy.refused = refused
        return copy
    }

    /// The names of the objects of `kind` in `namespace`, in order of first definition, for
    /// did-you-mean suggestions (the same kind in several groups: all their names).
    public func names(ofKind kind: String, in namespace: String) -> [String] {
        let positions = firstDefinitionsByPlace.value[IdentityTable.Key.placeHash(kind: kind, namespace: namespace)] ?? []
        return positions.lazy.map { self.objects[Int($0)] }.filter { $0.gvk.kind == kind && $0.metadata.effectiveNamespace == namespace }
            .compactMap { $0.metadata.name?.value }
    }

    /// The object with this identity.
    public func object(_ identity: ObjectIdentity) -> KubeObject? {
        table.position(of: identity) { objects[$0].identity }.map { objects[$0] }
    }

    /// The object of `kind` in `group` named `name` in `namespace`.
    public func object(group: String, kind: String, namespace: String, name: String) -> KubeObject? {
        object(ObjectIdentity(group: group, kind: kind, namespace: namespace, name: name))
    }

    /// True when the inputs define at least one Service in `namespace`: they then claim to
    /// describe that namespace's Services, so a reference to one they lack is a mistake.
    public func hasServices(in namespace: String) -> Bool { serviceNamespaces.contains(namespace) }

    /// Whether a ReferenceGrant the API server accepts permits the reference.
    public func referenceAllowed(_ request: ReferenceRequest) -> Bool {
        grants(permitting: request).contains { !refused.contains(ObjectIdentifier($0)) }
    }

    /// A ReferenceGrant that would permit the reference but that the API server refuses.
    public func refusedGrant(allowing request: ReferenceRequest) -> KubeObject? {
        grants(permitting: request).first { refused.contains(ObjectIdentifier($0)) }
    }

    private func grants(permitting request: ReferenceRequest) -> [KubeObject] {
        (grantsByNamespace[request.targetNamespace] ?? []).filter { object in
            guard case .referenceGrant(let grant) = object.spec else { return false }
            let fromMatches = grant.from.contains {
                $0.group == request.fromGroup && $0.kind == request.fromKind && $0.namespace == request.fromNamespace
            }
            let toMatches = grant.to.contains {
                $0.group == request.toGroup && $0.kind == request.toKind && ($0.name == nil || $0.name == request.toName)
            }
            return fromMatches && toMatches
        }
    }
}
