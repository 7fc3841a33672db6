/// Which controller will program the manifests (`--implementation`). Under ``gep`` the
/// analysis holds what GEP-1619 requires and labels what it only recommends; under a
/// controller's profile it holds what that controller really programs, read from its source
/// (`../shared/reference/implementations.md` cites the lines). Every fact about a controller
/// is in this one table.
public enum ImplementationProfile: String, CaseIterable, Sendable {
    /// GEP-1619 as written: requirements, with recommendations labelled as such.
    case gep
    /// Envoy Gateway (envoyproxy/gateway, main 2026-08).
    case envoyGateway = "envoy-gateway"
    /// NGINX Gateway Fabric (nginx/nginx-gateway-fabric, main early 2026), NGINX Plus.
    case nginxGatewayFabric = "nginx-gateway-fabric"

    /// The profile used when none is selected.
    public static let `default` = ImplementationProfile.gep

    /// The controller's name for messages: "Envoy Gateway".
    public var displayName: String {
        switch self {
        case .gep: return "GEP-1619"
        case .envoyGateway: return "Envoy Gateway"
        case .nginxGatewayFabric: return "NGINX Gateway Fabric"
        }
    }

    /// True for a controller's profile, false for the GEP's.
    public var isController: Bool { self != .gep }

    /// Whether the controller reads session persistence from a policy of `kind`; `nil` when
    /// it does, otherwise the reason it does not.
    public func ignoredPolicyKind(_ kind: KnownKind) -> String? {
        guard isController else { return nil }
        switch kind {
        case .sessionPersistencePolicy:
            return "\(displayName) does not implement the provisional SessionPersistencePolicy"
        case .backendLBPolicy, .xBackendTrafficPolicy:
            return "\(displayName) does not read \(kind.rawValue)"
        default:
            return nil
        }
    }

    /// Why the controller drops a route's persistence of `type` on a route of this kind;
    /// `nil` when it programs it.
    public func ignoredRoutePersistence(type: String, grpc: Bool) -> String? {
        switch self {
        case .gep: return nil
        case .envoyGateway:
            return grpc ? "Envoy Gateway does not read GRPCRoute session persistence" : nil
        case .nginxGatewayFabric:
            return type == "Header"
                ? "NGINX Gateway Fabric discards Header session persistence (it programs Cookie only, and keeps the route Accepted with a warning)"
                : nil
        }
    }

    /// The session name the implementation generates when `sessionName` is unset, for a
    /// route-level setting; `nil` under the GEP, which leaves it to the implementation.
    public func generatedName(routeKind: String, namespace: String, name: String, ruleIndex: Int) -> String? {
        switch self {
        case .gep: return nil
        case .envoyGateway: return "\(routeKind.lowercased())-\(namespace)-\(name)-rule-\(ruleIndex)"
        case .nginxGatewayFabric: return "sp_\(name)_\(namespace)_\(ruleIndex)"
        }
    }

    /// The cookie attributes the implementation sets.
    public var cookieAttributes: CookieAttributes {
        switch self {
        case .gep:
            return CookieAttributes(secure: true, httpOnly: true, sameSite: "Strict", isRecommendation: true,
                                    note: "GEP-1619 recommends Secure, HttpOnly and SameSite=Strict (SHOULD); implementations may differ")
        case .envoyGateway:
            return CookieAttributes(secure: false, httpOnly: true, sameSite: nil, isRecommendation: false,
                                    note: "Envoy Gateway sets no attribute; Envoy adds HttpOnly")
        case .nginxGatewayFabric:
            return CookieAttributes(secure: false, httpOnly: false, sameSite: nil, isRecommendation: false,
                                    note: "NGINX Gateway Fabric writes sticky cookie without httponly, secure or samesite")
        }
    }

    /// Whether the implementation honours `idleTimeout` (v1.1–v1.5).
    public var honoursIdleTimeout: Bool { self == .gep }

    /// How `absoluteTimeout` is enforced for a setting of `type` with the cookie lifetime
    /// `lifetime`; `lifetimeWritten` says whether `cookieConfig.lifetimeType` (or `cookie`)
    /// is written at all.
    public func absoluteTimeoutEnforcement(type: String, lifetime: String, lifetimeWritten: Bool) -> TimeoutEnforcement {
        switch self {
        case .gep:
            if type == "Cookie" && lifetime == "Permanent" { return .gatewayAndCookie }
            return .gateway
        case .envoyGateway:
            if type == "Header" { return .ignored("Envoy Gateway ignores absoluteTimeout for header sessions") }
            if lifetime == "Permanent" { return .cookieOnly }
            return .ignored("Envoy Gateway sets a cookie TTL only for lifetimeType: Permanent, so a Session-lifetime cookie lasts until the browser closes")
        case .nginxGatewayFabric:
            if type == "Header" { return .ignored("NGINX Gateway Fabric discards header persistence") }
            if lifetime == "Session" && lifetimeWritten {
                return .ignored("NGINX Gateway Fabric drops expires for lifetimeType: Session, so the cookie lasts until the browser closes")
            }
            return .cookieOnly
        }
    }

    /// True when the cookie the implementation sets carries Max-Age/expires for these settings.
    public func cookieHasLifetime(absoluteTimeoutSet: Bool, lifetime: String, lifetimeWritten: Bool) -> Bool {
        guard absoluteTimeoutSet else { return false }
        switch self {
        case .gep, .envoyGateway: return lifetime == "Permanent"
        case .nginxGatewayFabric: return lifetime == "Permanent" || !lifetimeWritten
        }
    }

    /// Whether a session holds across the backends of a weighted split.
    public var sessionHoldsAcrossSplit: Bool { self != .nginxGatewayFabric }

    /// The cookie Path the implementation derives from a rule's path matches, or `nil` to
    /// use the generation's derivation (the GEP).
    public func cookiePath(for matches: [RouteSpec.PathMatch], grpc: Bool) -> CookiePath? {
        switch self {
        case .gep:
            return nil
        case .envoyGateway:
            guard !matches.isEmpty else { return .fixed("/") }
            var paths: [String] = []
            for match in matches {
                let path = match.type == "RegularExpression" ? CookiePath.segmentsBeforeStar(match.value) : match.value
                if !path.isEmpty, !paths.contains(path) { paths.append(path) }
            }
            if paths.isEmpty { return .unset }
            return paths.count == 1 ? .fixed(paths[0]) : .perMatch(paths)
        case .nginxGatewayFabric:
            if grpc { return .unset }
            guard !matches.isEmpty else { return .fixed("/") }
            if matches.contains(where: { $0.type == "RegularExpression" }) { return .unset }
            return CookiePath.commonSegmentPrefix(matches.map(\.value)).map(CookiePath.fixed) ?? .unset
        }
    }
}
