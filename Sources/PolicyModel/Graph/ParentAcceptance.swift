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
}
