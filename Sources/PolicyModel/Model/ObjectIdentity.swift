/// What makes an object unique in a cluster: group, kind, namespace and name.
public struct ObjectIdentity: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The API group (`""` for core).
    public let group: String
    /// The kind.
    public let kind: String
    /// The namespace (`default` when the manifest sets none).
    public let namespace: String
    /// The name.
    public let name: String

    /// Creates an identity.
    public init(group: String, kind: String, namespace: String, name: String) {
        self.group = group
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// `Kind namespace/name`.
    public var description: String { "\(kind) \(namespace)/\(name)" }

    /// Orders by group, kind, namespace, name.
    public static func < (lhs: ObjectIdentity, rhs: ObjectIdentity) -> Bool {
        (lhs.group, lhs.kind, lhs.namespace, lhs.name) < (rhs.group, rhs.kind, rhs.namespace, rhs.name)
    }
}
