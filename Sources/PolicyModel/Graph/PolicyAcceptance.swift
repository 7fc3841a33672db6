/// Whether a controller would accept a policy, and why not (GEP-713 reasons).
public enum PolicyAcceptance: Sendable {
    /// Accepted.
    case accepted
    /// Lost a conflict to `winner` (`reason`: "older creationTimestamp" or "alphabetical order").
    case conflicted(winner: KubeObject, reason: String)
    /// Invalid: cross-namespace, unsupported kind, unknown section.
    case invalid(String)
    /// None of its targets is in the inputs.
    case targetNotFound(String)

    /// True for `.accepted`.
    public var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }
}
