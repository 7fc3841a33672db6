/// Decides which listeners of a Gateway or ListenerSet accept a route: those that the
/// parentRef's sectionName and port select, whose protocol carries the route's kind, whose
/// allowedRoutes admit its kind and namespace, and whose hostname intersects the route's.
struct ListenerMatcher {
    /// The route.
    let route: KubeObject
    /// Its spec.
    let spec: RouteSpec
    /// The namespace of the Gateway or ListenerSet.
    let parentNamespace: String
    /// `Gateway ns/name`, for messages.
    let parentLabel: String

    /// The acceptance of `listeners` for a parentRef with `sectionName` and `port`.
    func acceptance(of listeners: [GatewaySpec.Listener], sectionName: String?, port: Int64?) -> ParentAcceptance {
        var selected = listeners
        if let sectionName {
            selected = selected.filter { $0.name == sectionName }
            if selected.isEmpty {
                let names = listeners.compactMap(\.name)
                return .rejected(reason: "NoMatchingParent", message: "\(parentLabel) has no listener named \"\(sectionName)\""
                    + (names.isEmpty ? "" : " (listeners: \(names.joined(separator: ", ")))"))
            }
        }
        if let port {
            selected = selected.filter { $0.port == port }
            if selected.isEmpty {
                return .rejected(reason: "NoMatchingParent",
                                 message: "\(parentLabel) has no \(sectionName.map { "listener \"\($0)\" on" } ?? "listener on") port \(port)")
            }
        }
        var messages: [String] = []
        var onlyHostnames = true
        let accepting = selected.filter { listener in
            guard let refusal = refusal(by: listener) else { return true }
            if !messages.contains(refusal.message) { messages.append(refusal.message) }
            onlyHostnames = onlyHostnames && refusal.hostname
            return false
        }
        if selected.isEmpty { return .rejected(reason: "NoMatchingParent", message: "\(parentLabel) has no listeners") }
        if accepting.isEmpty {
            return .rejected(reason: onlyHostnames ? "NoMatchingListenerHostname" : "NotAllowedByListeners",
                             message: messages.joined(separator: "; "))
        }
        return .accepted(accepting)
    }

    private func refusal(by listener: GatewaySpec.Listener) -> (message: String, hostname: Bool)? {
        let name = "listener \(listener.name.map { "\"\($0)\"" } ?? "") of \(parentLabel)"
        let kind = route.gvk.kind
        if let kinds = listener.allowedKinds {
            if !kinds.contains(where: { $0.kind == kind && $0.group == route.gvk.group }) {
                return ("\(name) allows only \(kinds.map(\.kind).joined(separator: ", ")) (allowedRoutes.kinds), not \(kind)", false)
            }
        } else {
            let protocolName = (listener.protocolName ?? "").uppercased()
            if !["HTTP", "HTTPS"].contains(protocolName) {
                return ("\(name) speaks \(listener.protocolName ?? "no protocol"), which carries no \(kind)", false)
            }
        }
        switch listener.allowedNamespaces {
        case "All", "Selector":
            break // a Selector needs the Namespace objects' labels; sppctl assumes it admits the route
        default:
            let namespace = route.metadata.effectiveNamespace
            if namespace != parentNamespace {
                return ("\(name) admits routes from namespace \(parentNamespace) only (allowedRoutes.namespaces.from: Same), not \(namespace)", false)
            }
        }
        if let hostname = listener.hostname, !spec.hostnames.isEmpty, !Hostname.overlap([hostname], spec.hostnames) {
            return ("\(name) serves \(hostname), which none of the route's hostnames (\(spec.hostnames.joined(separator: ", "))) matches", true)
        }
        return nil
    }
}
