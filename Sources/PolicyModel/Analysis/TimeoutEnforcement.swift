/// Who bounds a session's lifetime for a configured timeout.
public enum TimeoutEnforcement: Sendable, Hashable {
    /// The gateway expires the session, and the cookie carries Max-Age (Permanent cookies, GEP).
    case gatewayAndCookie
    /// The gateway expires the session (GEP-1619: MUST, whatever the cookie lifetime).
    case gateway
    /// Only the cookie's Max-Age/expires bounds it: the browser drops the cookie.
    case cookieOnly
    /// Nothing enforces it; the text says why.
    case ignored(String)

    /// A stable name for machine output: `gateway-and-cookie`, `gateway`, `cookie`, `ignored`.
    public var name: String {
        switch self {
        case .gatewayAndCookie: return "gateway-and-cookie"
        case .gateway: return "gateway"
        case .cookieOnly: return "cookie"
        case .ignored: return "ignored"
        }
    }

    /// In words, for explain.
    public var text: String {
        switch self {
        case .gatewayAndCookie: return "enforced by the gateway and as the cookie's Max-Age"
        case .gateway: return "enforced by the gateway (GEP-1619: MUST, for Session-lifetime cookies too)"
        case .cookieOnly: return "enforced only as the cookie's Max-Age/expires, by the browser"
        case .ignored(let reason): return "not enforced: \(reason)"
        }
    }
}
