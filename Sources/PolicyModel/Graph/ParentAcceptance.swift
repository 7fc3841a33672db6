/// Whether a parent (Gateway or ListenerSet) accepts a route, judged from its listeners'
/// sectionName, port, protocol, hostname and allowedRoutes.
public enum ParentAcceptance: Sendable {
    /// Accepted by these listeners.
    case accepted([GatewaySpec.Listener])
    /// No listener accepts the route: `reason` is the route condition's reason
    /// (NoMatchingParent, NotAllowedByListeners, NoMatchingListenerHostname), `message` says why.
    case rejected(reason: String, message: String)
    /// The parent is not in the inputs, or is a mesh Service: nothing to judge.
    case unknown
    /// The API server refuses the parent (a Gateway or ListenerSet, or a ListenerSet's
    /// Gateway), `object`, for `rejection`: it never exists, so no listener accepts the route
    /// and no controller writes a status for it.
    case refused(object: KubeObject, rejection: Rejection)

    /// True when the route gets no traffic through this parent: rejected, or refused.
    public var turnsRouteAway: Bool {
        switch self {
        case .rejected, .refused: return true
        case .accepted, .unknown: return false
        }
    }

    /// Why the API server refuses the parent, when it does (as ``PolicyAcceptance/refusal``).
    public var refusal: Rejection? {
        if case .refused(_, let rejection) = self { return rejection }
        return nil
    }
}
