/// Session-persistence settings from one place (a route rule, a route policy, a backend
/// policy), normalised across generations: the seed's `HTTPCookie` is `Cookie`, seconds and
/// GEP-2257 durations are both seconds.
///
/// Immutable; a class so that the entries a rule's or a policy's settings apply to share them.
/// It keeps what it was made from and works each value out when asked: the values, each with
/// its provenance, took about 540 bytes, and a fleet has settings for every rule and policy.
public final class PersistenceSettings: Sendable {
    private enum Source: Sendable {
        case config(SessionPersistenceConfig)
        indirect case seed(SeedPolicySpec)
    }

    private let source: Source
    /// The object that holds the settings.
    private let object: KubeObject

    /// Settings from a route rule's or backend policy's `sessionPersistence`.
    public init(_ config: SessionPersistenceConfig, of object: KubeObject) {
        source = .config(config)
        self.object = object
    }

    /// Settings from the seed's SessionPersistencePolicy.
    public init(seed spec: SeedPolicySpec, of object: KubeObject) {
        source = .seed(spec)
        self.object = object
    }

    /// `Cookie` or `Header`.
    public var type: Sourced<String> {
        switch source {
        case .config(let config):
            return config.type.map { Sourced($0.value, .field($0, of: object)) } ?? Sourced("Cookie", .implied("API default"))
        case .seed(let spec):
            guard let written = spec.type else { return Sourced("Cookie", .implied("the provisional GEP's default (HTTPCookie)")) }
            return Sourced(written.value == "HTTPCookie" ? "Cookie" : written.value, .field(written, of: object))
        }
    }

    /// The session name, when one is set.
    public var sessionName: Sourced<String>? {
        switch source {
        case .config(let config): return config.tokenName.map { Sourced($0.value, .field($0, of: object)) }
        case .seed(let spec): return spec.sessionName.map { Sourced($0.value, .field($0, of: object)) }
        }
    }

    /// The absolute timeout in seconds, when set and valid.
    public var absoluteTimeout: Sourced<Int64>? {
        switch source {
        case .config(let config): return duration(config.absoluteTimeout)
        case .seed(let spec): return seconds(spec.absoluteTimeoutSeconds)
        }
    }

    /// The absolute timeout as written, when it is set and valid (`1h30m`).
    public var writtenAbsoluteTimeout: String? {
        switch source {
        case .config(let config): return config.absoluteTimeout.flatMap { GEPDuration.parse($0.value) == nil ? nil : $0.value }
        case .seed: return absoluteTimeout.map { "\($0.value)s" }
        }
    }

    /// The absolute timeout as written, when it is set but not valid (SPP101, SPP102).
    public var invalidAbsoluteTimeout: Sourced<String>? {
        switch source {
        case .config(let config):
            return config.absoluteTimeout.flatMap { field in
                GEPDuration.parse(field.value) == nil ? Sourced(field.value, .field(field, of: object, note: "invalid")) : nil
            }
        case .seed(let spec):
            guard let field = spec.absoluteTimeoutSeconds else { return nil }
            if case .int(let value) = field.value, value > 0 { return nil }
            let text: String
            switch field.value {
            case .int(let value): text = String(value)
            case .bigInt(let value): text = value
            default: return nil
            }
            return Sourced(text, Provenance(object: object, path: field.path, location: field.location, note: "invalid"))
        }
    }

    /// The idle timeout in seconds, when set and valid.
    public var idleTimeout: Sourced<Int64>? {
        switch source {
        case .config(let config): return duration(config.idleTimeout)
        case .seed(let spec): return seconds(spec.idleTimeoutSeconds)
        }
    }

    /// `Session` or `Permanent`.
    public var lifetime: Sourced<String> {
        switch source {
        case .config(let config):
            return config.cookie?.lifetimeType.map { Sourced($0.value, .field($0, of: object)) } ?? Sourced("Session", .implied("API default"))
        case .seed:
            return Sourced("Session", .implied("the provisional GEP has no lifetime setting"))
        }
    }

    /// True when `cookieConfig` (or main's `cookie`) is written, so the API server defaults its
    /// `lifetimeType` to Session.
    public var cookieConfigWritten: Bool {
        if case .config(let config) = source { return config.cookie != nil }
        return false
    }

    /// `cookie.path` (main), when set.
    public var cookiePath: Sourced<String>? {
        if case .config(let config) = source { return config.cookie?.cookiePath.map { Sourced($0.value, .field($0, of: object)) } }
        return nil
    }

    /// Where the settings are written (the `sessionPersistence` key, or the seed policy's spec).
    public var location: SourceLocation {
        switch source {
        case .config(let config): return config.location
        case .seed(let spec): return spec.location
        }
    }

    /// The field path of the settings.
    public var path: FieldPath {
        switch source {
        case .config(let config): return config.path
        case .seed: return "spec"
        }
    }

    /// A GEP-2257 duration field in seconds, when it is valid.
    private func duration(_ field: Located<String>?) -> Sourced<Int64>? {
        field.flatMap { field in GEPDuration.parse(field.value).map { Sourced($0.seconds, .field(field, of: object)) } }
    }

    /// A seed policy's seconds field, when it is a positive integer.
    private func seconds(_ field: Located<ScalarValue>?) -> Sourced<Int64>? {
        guard let field, case .int(let value) = field.value, value > 0 else { return nil }
        return Sourced(value, Provenance(object: object, path: field.path, location: field.location, note: "set"))
    }
}
