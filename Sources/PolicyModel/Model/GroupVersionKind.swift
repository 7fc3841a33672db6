/// An API group, version and kind, as an `apiVersion` and `kind` name them.
public struct GroupVersionKind: Sendable, Hashable, CustomStringConvertible {
    /// The API group; `""` for the core group.
    public let group: String
    /// The version (`v1`, `v1alpha2` …).
    public let version: String
    /// The kind.
    public let kind: String

    /// Creates a GVK.
    public init(group: String, version: String, kind: String) {
        self.group = group
        self.version = version
        self.kind = kind
    }

    /// Splits an `apiVersion` (`group/version`, or `version` for the core group).
    public init(apiVersion: String, kind: String) {
        if let slash = apiVersion.lastIndex(of: "/") {
            group = EnvelopeStrings.canonical(String(apiVersion[..<slash]))
            version = String(apiVersion[apiVersion.index(after: slash)...])
        } else {
            group = ""
            version = apiVersion
        }
        self.kind = kind
    }

    /// `group/version` or `version`.
    public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

    /// `Kind (apiVersion)`.
    public var description: String { "\(kind) (\(apiVersion))" }
}
