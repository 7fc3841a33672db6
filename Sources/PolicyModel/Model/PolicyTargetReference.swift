/// One target of a policy: `targetRefs[i]` of BackendLBPolicy/XBackendTrafficPolicy, or the
/// seed policy's single `targetRef`.
///
/// Immutable; a class so that the graph's policy targets refer to the spec's references
/// instead of each holding a copy (about 270 bytes).
public final class PolicyTargetReference: Sendable {
    /// Where the reference is.
    public let location: SourceLocation
    /// Its field path.
    public let path: FieldPath
    /// `group` (core is `""`).
    public let group: Located<String>?
    /// `kind`.
    public let kind: Located<String>?
    /// `name`.
    public let name: Located<String>?
    /// `namespace` (seed policy only).
    public let namespace: Located<String>?
    /// `sectionName` (seed policy only).
    public let sectionName: Located<String>?

    /// Creates a reference.
    public init(location: SourceLocation, path: FieldPath, group: Located<String>?, kind: Located<String>?,
                name: Located<String>?, namespace: Located<String>?, sectionName: Located<String>?) {
        self.location = location
        self.path = path
        self.group = group
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.sectionName = sectionName
    }
}
