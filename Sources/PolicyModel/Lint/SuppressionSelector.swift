/// A suppression in `.sppctl.yaml` for objects a team cannot annotate (rendered charts,
/// vendored manifests): the rules it silences, the objects it selects and why.
///
/// ```yaml
/// suppressions:
/// - rules: [SPP109]
///   kind: HTTPRoute          # optional
///   namespace: shop          # optional
///   name: "legacy-*"         # optional; * matches any run of characters
///   reason: the application expires its own tokens
/// ```
public struct SuppressionSelector: Sendable, Equatable {
    /// The rule IDs.
    public let rules: [String]
    /// The kind, when set.
    public let kind: String?
    /// The namespace, when set.
    public let namespace: String?
    /// The name pattern, when set.
    public let name: String?
    /// Why.
    public let reason: String

    /// Creates a selector.
    public init(rules: [String], kind: String?, namespace: String?, name: String?, reason: String) {
        self.rules = rules
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.reason = reason
    }

    /// Whether it selects `object`.
    public func selects(_ object: KubeObject) -> Bool {
        if let kind, object.gvk.kind != kind { return false }
        if let namespace, object.metadata.effectiveNamespace != namespace { return false }
        if let name, !Self.matches(Array(name), Array(object.metadata.name?.value ?? "")) { return false }
        return true
    }

    private static func matches(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0, star = -1, mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == text[t] {
                p += 1; t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p; mark = t; p += 1
            } else if star >= 0 {
                p = star + 1; mark += 1; t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
