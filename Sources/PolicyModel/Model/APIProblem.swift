/// Why the API server would refuse an object's group, version or kind, while sppctl still
/// recognises what was meant and checks the contents as that.
public indirect enum APIProblem: Sendable, Equatable {
    /// The kind or group is misspelled: `HttpRoute`, `HTTPRoutes`, `gateway.networking.k8.io`.
    /// `kind` and `group` are what was meant.
    case misspelled(kind: KnownKind, group: String)
    /// The kind exists in the selected generation, but not at this version; `served` lists
    /// the versions that are.
    case unservedVersion(served: [String])
}
