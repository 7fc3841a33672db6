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
    /// The API server refuses the object itself: it never exists in the cluster.
    case refused(Rejection)

    /// The GEP-713 reason of the `Accepted` condition: Accepted, Conflicted, Invalid or TargetNotFound.
    public var reason: String {
        switch self {
        case .accepted: return "Accepted"
        case .conflicted: return "Conflicted"
        case .invalid: return "Invalid"
        case .targetNotFound: return "TargetNotFound"
        case .refused: return "Refused"
        }
    }

    /// Why the API server refuses the policy, when it does.
    public var refusal: Rejection? {
        if case .refused(let rejection) = self { return rejection }
        return nil
    }

    /// True for `.accepted`.
    public var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }
}
