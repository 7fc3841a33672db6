/// Every decoded object, indexed by group, kind, namespace and name. When an identity is
/// defined twice (SPP009), the last definition is the one found, as applying the inputs in
/// order would leave it.
public struct Inventory: Sendable {
    /// All objects, in input order.
    public let objects: [KubeObject]
    private let index: [ObjectIdentity: KubeObject]

    /// Indexes `objects`.
    public init(_ objects: [KubeObject]) {
        self.objects = objects
        var index: [ObjectIdentity: KubeObject] = [:]
        for object in objects {
            if let identity = object.identity { index[identity] = object }
        }
        self.index = index
    }

    /// The object with this identity.
    public func object(_ identity: ObjectIdentity) -> KubeObject? { index[identity] }

    /// The objects that survive applying the inputs in order: the last definition of each
    /// identity, and every object without a name.
    public var effectiveObjects: [KubeObject] {
        objects.filter { object in object.identity.map { index[$0] === object } ?? true }
    }

    /// The object of `kind` in `group` named `name` in `namespace`.
    public func object(group: String, kind: String, namespace: String, name: String) -> KubeObject? {
        index[ObjectIdentity(group: group, kind: kind, namespace: namespace, name: name)]
    }

    /// Whether a ReferenceGrant in `targetNamespace` lets a `fromKind` in `fromNamespace` refer
    /// to the `toKind` named `toName`.
    public func referenceAllowed(fromGroup: String, fromKind: String, fromNamespace: String,
                                 toGroup: String, toKind: String, toName: String, targetNamespace: String) -> Bool {
        objects.contains { object in
            guard case .referenceGrant(let grant) = object.spec, object.metadata.effectiveNamespace == targetNamespace else { return false }
            let fromMatches = grant.from.contains { $0.group == fromGroup && $0.kind == fromKind && $0.namespace == fromNamespace }
            let toMatches = grant.to.contains { $0.group == toGroup && $0.kind == toKind && ($0.name == nil || $0.name == toName) }
            return fromMatches && toMatches
        }
    }
}
