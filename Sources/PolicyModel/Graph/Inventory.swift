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
    /// Objects by name within their group, kind and namespace: two small levels take far less
    /// memory than one table keyed by whole identities.
    private let index: [Scope: Bucket]
    /// The scopes of each kind and namespace (one, unless a kind has the same name in two groups).
    private let scopesByPlace: [Place: [Scope]]
    private let grantsByNamespace: [String: [KubeObject]]
    private let serviceNamespaces: Set<String>
    private var refused: Set<ObjectIdentifier>

    private struct Place: Hashable {
        let kind: String
        let namespace: String
    }

    private struct Scope: Hashable {
        let group: String
        let kind: String
        let namespace: String

        init(_ identity: ObjectIdentity) {
            group = identity.group
            kind = identity.kind
            namespace = identity.namespace
        }
    }

    /// The objects of one scope by name (their positions in ``objects``: indexing then reads
    /// no object, only the identities), and the position of each name's first definition in
    /// order (its name is the object's; these give the names in order of first definition,
    /// and merge the scopes of one place).
    private struct Bucket {
        var objects: [String: Int] = [:]
        var positions: [Int] = []
    }

    /// Indexes `objects`, none of them refused yet (see ``refusing(_:)``).
    public init(_ objects: [KubeObject]) {
        self.init(objects, identities: objects.map(\.identity), knownKindPositions: objects.indices.filter { objects[$0].knownKind != nil })
    }

    /// Indexes `objects`, whose identities are `identities` (read beforehand, in the same order);
    /// `knownKindPositions` are the positions of the objects of a known kind among them.
    init(_ objects: [KubeObject], identities: [ObjectIdentity?], knownKindPositions: [Int]) {
        precondition(identities.count == objects.count, "one identity per object")
        self.objects = objects
        refused = []
        // Each scope's objects in input order first (one lookup of the scope per object), then
        // each scope's names in a table made the right size: tables that grew as objects came
        // were rehashed each time they doubled.
        var positionsByScope: [Scope: [Int]] = [:]
        for (position, identity) in identities.enumerated() {
            guard let identity else { continue }
            positionsByScope[Scope(identity), default: []].append(position)
        }
        var index: [Scope: Bucket] = [:]
        index.reserveCapacity(positionsByScope.count)
        var redefined: [(position: Int, redefinition: Redefinition)] = []
        var replaced = Set<Int>()
        for (scope, positions) in positionsByScope {
            var bucket = Bucket()
            bucket.objects.reserveCapacity(positions.count)
            var firsts: [String: Int] = [:]
            for position in positions {
                guard let identity = identities[position] else { continue }
                if let earlier = bucket.objects.updateValue(position, forKey: identity.name) {
                    let first = firsts[identity.name] ?? earlier
                    firsts[identity.name] = first
                    replaced.insert(earlier)
                    redefined.append((position, Redefinition(identity: identity, object: objects[position], first: objects[first])))
                } else {
                    bucket.positions.append(position)
                }
            }
            index[scope] = bucket
        }
        // In input order (the scopes were gone through in no particular order).
        let redefinitions = redefined.sorted { $0.position < $1.position }.map(\.redefinition)
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
        var scopesByPlace: [Place: [Scope]] = [:]
        for scope in index.keys { scopesByPlace[Place(kind: scope.kind, namespace: scope.namespace), default: []].append(scope) }
        self.index = index
        self.scopesByPlace = scopesByPlace
        self.redefinitions = redefinitions
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

    /// The names of the objects of `kind` in `namespace`, for did-you-mean suggestions.
    public func names(ofKind kind: String, in namespace: String) -> [String] {
        let buckets = (scopesByPlace[Place(kind: kind, namespace: namespace)] ?? []).map { index[$0]! }
        // The same kind in several groups: all their names, in order of first definition.
        let positions = buckets.count > 1 ? buckets.flatMap(\.positions).sorted() : buckets.first?.positions ?? []
        return positions.compactMap { objects[$0].metadata.name?.value }
    }

    /// The object with this identity.
    public func object(_ identity: ObjectIdentity) -> KubeObject? { index[Scope(identity)]?.objects[identity.name].map { objects[$0] } }


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
