/// The object a diagnostic is about, as reported.
public struct DiagnosticObject: Sendable, Hashable, Codable {
    /// `apiVersion` as written ("" when missing).
    public let apiVersion: String
    /// `kind`.
    public let kind: String
    /// The namespace the object lands in.
    public let namespace: String
    /// `metadata.name` ("" when missing).
    public let name: String

    /// Creates the description of an object.
    public init(apiVersion: String, kind: String, namespace: String, name: String) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// Describes a decoded object.
    public init(_ object: KubeObject) {
        self.init(apiVersion: object.apiVersion?.value ?? "", kind: object.kind?.value ?? "",
                  namespace: object.metadata.effectiveNamespace, name: object.metadata.name?.value ?? "")
    }
}
