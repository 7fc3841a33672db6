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
    /// True when sppctl generated the name (the manifests set none).
    public let nameGenerated: Bool
    /// The cookie Path.
    public let cookiePath: CookiePath
    /// Where the cookie Path comes from.
    public let cookiePathProvenance: Provenance
    /// Secure, HttpOnly and SameSite (security defaults of GEP-1619).
    public let secure: Sourced<Bool>
    /// HttpOnly.
    public let httpOnly: Sourced<Bool>
    /// SameSite.
    public let sameSite: Sourced<String>
    /// Backend-level policies this configuration overrides for this traffic.
    public let overridden: [PolicyNode]
    /// Which requests share one session: equal scopes share the token.
    public let scope: String

    /// Creates the effective settings.
    public init(origin: Origin, source: KubeObject, policy: PolicyNode?, settings: PersistenceSettings, sessionName: Sourced<String>,
                nameGenerated: Bool, cookiePath: CookiePath, cookiePathProvenance: Provenance, secure: Sourced<Bool>,
                httpOnly: Sourced<Bool>, sameSite: Sourced<String>, overridden: [PolicyNode], scope: String) {
        self.origin = origin
        self.source = source
        self.policy = policy
        self.settings = settings
        self.sessionName = sessionName
        self.nameGenerated = nameGenerated
        self.cookiePath = cookiePath
        self.cookiePathProvenance = cookiePathProvenance
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
        self.overridden = overridden
        self.scope = scope
    }

    /// True for origins at the route or rule level.
    public var isRouteLevel: Bool {
        switch origin {
        case .routeRule, .routePolicy: return true
        case .backendPolicy, .sharedThroughRoute: return false
        }
    }

    /// The origin in words, as a noun phrase: "the rule's inline sessionPersistence",
    /// "SessionPersistencePolicy shop/cart on the route" …
    public var originDescription: String {
        switch origin {
        case .routeRule: return "the rule's inline sessionPersistence"
        case .routePolicy(let section?): return "\(policy?.label ?? "a policy") on rule \"\(section)\""
        case .routePolicy(nil): return "\(policy?.label ?? "a policy") on the route"
        case .backendPolicy: return "\(policy?.label ?? "a policy") on the backend"
        case .sharedThroughRoute(let route):
            return "\(policy?.label ?? "a policy") on \(route.gvk.kind) \(route.metadata.effectiveNamespace)/\(route.metadata.name?.value ?? ""), which persists this backend for every route"
        }
    }
}
