/// One thing GEP-1619 session persistence asks of a dataplane.
public enum Capability: String, CaseIterable, Sendable {
    /// Cookie-based persistence.
    case cookie
    /// Header-based persistence.
    case header
    /// A cookie without Max-Age/Expires (lifetimeType Session).
    case sessionCookie = "session-cookie"
    /// A cookie with Max-Age (lifetimeType Permanent).
    case permanentCookie = "permanent-cookie"
    /// absoluteTimeout enforced by the proxy.
    case absoluteTimeout = "absolute-timeout"
    /// idleTimeout enforced by the proxy (v1.1–v1.5).
    case idleTimeout = "idle-timeout"
    /// The cookie's Path attribute.
    case cookiePath = "cookie-path"
    /// The Secure attribute.
    case secure
    /// The HttpOnly attribute.
    case httpOnly = "http-only"
    /// The SameSite attribute.
    case sameSite = "same-site"
    /// Regular-expression path matches.
    case regexPath = "regex-path"
    /// One session holding across the backends of a weighted split.
    case weightedSplit = "weighted-split"
    /// GRPCRoute traffic (HTTP/2 to the backends).
    case grpc
}

/// How a target supports a ``Capability`` at one version; each case that is not ``full``
/// becomes its notice when a manifest asks for the capability.
public enum Support: Sendable, Equatable {
    /// Expressed as asked; the text says how.
    case full(String)
    /// Approximated (SPP602); the text says how and what is lost.
    case lossy(String)
    /// Not expressible (SPP601); the text says why.
    case none(String)
    /// Needs a newer target version (SPP603): the version, and how it expresses it.
    case needsVersion(String, String)
    /// Hashing instead of persistence (SPP604); the text says how.
    case weak(String)

    /// `full`, `lossy`, `none`, `needs-version` or `weak`.
    public var name: String {
        switch self {
        case .full: return "full"
        case .lossy: return "lossy"
        case .none: return "none"
        case .needsVersion: return "needs-version"
        case .weak: return "weak"
        }
    }

    /// The explanation.
    public var text: String {
        switch self {
        case .full(let text), .lossy(let text), .none(let text), .weak(let text): return text
        case .needsVersion(let version, let text): return "needs \(version): \(text)"
        }
    }

    /// The notice a manifest that asks for the capability gets; `nil` for ``full``.
    public var notice: NoticeKind? {
        switch self {
        case .full: return nil
        case .lossy: return .lossy
        case .none: return .notExpressible
        case .needsVersion: return .needsVersion
        case .weak: return .weakAffinity
        }
    }
}

/// A target's capabilities by version: the one table that drives its notices and that
/// `sppctl export --capabilities` prints. There is no second, hand-kept matrix.
public struct CapabilityTable: Sendable {
    private let lookup: @Sendable (Capability, ExportOptions) -> Support

    /// Creates a table from its lookup.
    public init(_ lookup: @escaping @Sendable (Capability, ExportOptions) -> Support) {
        self.lookup = lookup
    }

    /// How `capability` is supported under `options` (target version, format).
    public func support(_ capability: Capability, _ options: ExportOptions) -> Support {
        lookup(capability, options)
    }
}
