/// What an object's `apiVersion` and `kind` stand for under one generation: worked out once
/// per apiVersion and kind written, and shared by every object that writes them (a fleet
/// repeats a few dozen on 100,000 objects, so each object keeps one reference instead of
/// the strings and answers).
public final class ObjectEnvelope: Sendable {
    /// `apiVersion` as written (a shared literal when it is a common one); nil when it is not written.
    public let apiVersion: String?
    /// Group, version and kind; the version is inferred when `apiVersion` is missing.
    public let gvk: GroupVersionKind
    /// The kind, when sppctl models it and the generation serves this version of it.
    public let knownKind: KnownKind?
    /// Why the API server would refuse the group, version or kind, when it would.
    public let apiProblem: APIProblem?
    /// True when the kind is not modelled under this apiVersion though it is named like a kind
    /// sppctl knows (or like the `BackendTrafficPolicy` of GEP texts).
    public let isUnmodelledKnownName: Bool
    /// True for a Gateway API ListenerSet (read beyond its envelope, though not a known kind).
    public let isListenerSet: Bool
    /// True for a tool's configuration file written like an object (see ``ToolConfiguration``):
    /// not an object at all.
    public let isToolConfiguration: Bool

    /// Creates an envelope.
    public init(apiVersion: String?, gvk: GroupVersionKind, knownKind: KnownKind?, apiProblem: APIProblem? = nil) {
        self.apiVersion = apiVersion
        self.gvk = gvk
        self.knownKind = knownKind
        self.apiProblem = apiProblem
        isUnmodelledKnownName = knownKind == nil && (gvk.kind == "BackendTrafficPolicy" || KnownKind(rawValue: gvk.kind) != nil)
        isListenerSet = knownKind == nil && ListenerSetSpec.kinds.contains(gvk.kind) && APIGroup.isGatewayAPI(gvk.group)
        isToolConfiguration = knownKind == nil && apiVersion != nil && ToolConfiguration.tool(group: gvk.group, kind: gvk.kind) != nil
    }
}
