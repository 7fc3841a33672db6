/// The session persistence that actually applies to one (route rule, backend): which
/// configuration won, every resolved value with its provenance, and what it overrides.
/// Immutable; a class so that entries and findings share it.
public final class EffectivePersistence: Sendable {
    /// Where the winning configuration is attached.
    public enum Origin: Sendable {
        /// Inline `sessionPersistence` on the route rule (v1.1 on).
        case routeRule
        /// A seed SessionPersistencePolicy on the route (`section` names the rule when set).
        case routePolicy(section: String?)
        /// A policy on the backend: BackendLBPolicy, XBackendTrafficPolicy, or a seed policy on the Service.
        case backendPolicy
        /// Seed semantics: the backend's persistence configured through another route's policy.
        case sharedThroughRoute(KubeObject)

        /// True for origins at the route or rule level.
        public var isRouteLevel: Bool {
            switch self {
            case .routeRule, .routePolicy: return true
            case .backendPolicy, .sharedThroughRoute: return false
            }
        }
    }

    /// Where the winning configuration is attached.
    public let origin: Origin
    /// The object that carries it (the route or the policy).
    public let source: KubeObject
    /// The policy, when the configuration comes from one.
    public let policy: PolicyNode?
    /// The winning settings.
    public let settings: PersistenceSettings
    /// The session name: explicit, or generated.
    public let sessionName: Sourced<String>
    /// True when the manifests set no name and the implementation generates one. Under the
    /// GEP's profile the generated name is sppctl's illustration, not what any controller uses.
    public let nameGenerated: Bool
    /// The cookie Path.
    public let cookiePath: CookiePath
    /// Where the cookie Path comes from.
    public let cookiePathProvenance: Provenance
    /// The cookie attributes the selected implementation sets (or the GEP recommends).
    public let attributes: CookieAttributes
    /// The `Max-Age` (seconds) of the cookie the implementation sets; `nil` for a cookie that
    /// lasts until the browser closes, and for header sessions.
    public let cookieMaxAge: Int64?
    /// Who enforces `absoluteTimeout`; `nil` when it is not set.
    public let absoluteTimeoutEnforcement: TimeoutEnforcement?
    /// Who enforces `idleTimeout`; `nil` when it is not set.
    public let idleTimeoutEnforcement: TimeoutEnforcement?
    /// Backend-level policies this configuration overrides for this traffic.
    public let overridden: [PolicyNode]
    /// Which requests share one session: equal scopes share the token.
    public let scope: String

    /// Creates the effective settings.
    public init(origin: Origin, source: KubeObject, policy: PolicyNode?, settings: PersistenceSettings, sessionName: Sourced<String>,
                nameGenerated: Bool, cookiePath: CookiePath, cookiePathProvenance: Provenance, attributes: CookieAttributes,
                cookieMaxAge: Int64?, absoluteTimeoutEnforcement: TimeoutEnforcement?, idleTimeoutEnforcement: TimeoutEnforcement?,
                overridden: [PolicyNode], scope: String) {
        self.origin = origin
        self.source = source
        self.policy = policy
        self.settings = settings
        self.sessionName = sessionName
        self.nameGenerated = nameGenerated
        self.cookiePath = cookiePath
        self.cookiePathProvenance = cookiePathProvenance
        self.attributes = attributes
        self.cookieMaxAge = cookieMaxAge
        self.absoluteTimeoutEnforcement = absoluteTimeoutEnforcement
        self.idleTimeoutEnforcement = idleTimeoutEnforcement
        self.overridden = overridden
        self.scope = scope
    }

    /// `cookie` or `header`: what carries the session token.
    public var token: String { settings.type.value == "Header" ? "header" : "cookie" }

    /// Whether one request can carry both sessions' tokens under one name, so the two
    /// sessions collide: the same name, two headers, or two cookies whose Paths overlap (one
    /// within the other, or unset). A header and a cookie never collide.
    public func tokenCollides(with other: EffectivePersistence) -> Bool {
        guard sessionName.value == other.sessionName.value, token == other.token else { return false }
        guard token == "cookie" else { return true }
        let left = cookiePath.paths
        let right = other.cookiePath.paths
        if left.isEmpty || right.isEmpty { return true }
        func within(_ path: String, _ prefix: String) -> Bool {
            prefix == "/" || path == prefix || path.hasPrefix(prefix.hasSuffix("/") ? prefix : prefix + "/")
        }
        return left.contains { a in right.contains { b in within(a, b) || within(b, a) } }
    }

    /// True for origins at the route or rule level.
    public var isRouteLevel: Bool { origin.isRouteLevel }

    /// The origin in words, as a noun phrase: "the rule's inline sessionPersistence",
    /// "SessionPersistencePolicy shop/cart on the route" …
    public var originDescription: String {
        switch origin {
        case .routeRule: return "the rule's inline sessionPersistence"
        case .routePolicy(let section?): return "\(policy?.label ?? "a policy") on rule \"\(section)\""
        case .routePolicy(nil): return "\(policy?.label ?? "a policy") on the route"
        case .backendPolicy: return "\(policy?.label ?? "a policy") on the backend"
        case .sharedThroughRoute(let route):
            return "\(policy?.label ?? "a policy") on \(route.label), which persists this backend for every route"
        }
    }
}
