/// Session-persistence settings from one place (a route rule, a route policy, a backend
/// policy), normalised across generations: the seed's `HTTPCookie` is `Cookie`, seconds and
/// GEP-2257 durations are both seconds.
///
/// Immutable; a class so that the entries a rule's or a policy's settings apply to share them
/// (the settings take about 540 bytes, and a fleet has an entry per backend of every rule).
public final class PersistenceSettings: Sendable {
    /// `Cookie` or `Header`.
    public let type: Sourced<String>
    /// The session name, when one is set.
    public let sessionName: Sourced<String>?
    /// The absolute timeout in seconds, when set and valid.
    public let absoluteTimeout: Sourced<Int64>?
    /// The absolute timeout as written, when it is set and valid (`1h30m`).
    public let writtenAbsoluteTimeout: String?
    /// The absolute timeout as written, when it is set but not valid (SPP101, SPP102).
    public let invalidAbsoluteTimeout: Sourced<String>?
    /// The idle timeout in seconds, when set and valid.
    public let idleTimeout: Sourced<Int64>?
    /// `Session` or `Permanent`.
    public let lifetime: Sourced<String>
    /// True when `cookieConfig` (or main's `cookie`) is written, so the API server defaults its
    /// `lifetimeType` to Session.
    public let cookieConfigWritten: Bool
    /// `cookie.path` (main), when set.
    public let cookiePath: Sourced<String>?
    /// Where the settings are written (the `sessionPersistence` key, or the seed policy's spec).
    public let location: SourceLocation
    /// The field path of the settings.
    public let path: FieldPath

    /// Settings from a route rule's or backend policy's `sessionPersistence`.
    public init(_ config: SessionPersistenceConfig, of object: KubeObject) {
        type = config.type.map { Sourced($0.value, .field($0, of: object)) } ?? Sourced("Cookie", .implied("API default"))
        sessionName = config.tokenName.map { Sourced($0.value, .field($0, of: object)) }
        absoluteTimeout = config.absoluteTimeout.flatMap { field in
            GEPDuration.parse(field.value).map { Sourced($0.seconds, .field(field, of: object)) }
        }
        idleTimeout = config.idleTimeout.flatMap { field in
            GEPDuration.parse(field.value).map { Sourced($0.seconds, .field(field, of: object)) }
        }
        invalidAbsoluteTimeout = config.absoluteTimeout.flatMap { field in
            GEPDuration.parse(field.value) == nil ? Sourced(field.value, .field(field, of: object, note: "invalid")) : nil
        }
        writtenAbsoluteTimeout = config.absoluteTimeout.flatMap { GEPDuration.parse($0.value) == nil ? nil : $0.value }
        lifetime = config.cookie?.lifetimeType.map { Sourced($0.value, .field($0, of: object)) } ?? Sourced("Session", .implied("API default"))
        cookieConfigWritten = config.cookie != nil
        cookiePath = config.cookie?.cookiePath.map { Sourced($0.value, .field($0, of: object)) }
        location = config.location
        path = config.path
    }

    /// Settings from the seed's SessionPersistencePolicy.
    public init(seed spec: SeedPolicySpec, of object: KubeObject) {
        if let written = spec.type {
            type = Sourced(written.value == "HTTPCookie" ? "Cookie" : written.value, .field(written, of: object))
        } else {
            type = Sourced("Cookie", .implied("the provisional GEP's default (HTTPCookie)"))
        }
        sessionName = spec.sessionName.map { Sourced($0.value, .field($0, of: object)) }
        func seconds(_ field: Located<ScalarValue>?) -> Sourced<Int64>? {
            guard let field, case .int(let value) = field.value, value > 0 else { return nil }
            return Sourced(value, Provenance(object: object, path: field.path, location: field.location, note: "set"))
        }
        absoluteTimeout = seconds(spec.absoluteTimeoutSeconds)
        writtenAbsoluteTimeout = absoluteTimeout.map { "\($0.value)s" }
        idleTimeout = seconds(spec.idleTimeoutSeconds)
        invalidAbsoluteTimeout = spec.absoluteTimeoutSeconds.flatMap { field -> Sourced<String>? in
            if case .int(let value) = field.value, value > 0 { return nil }
            let text: String
            switch field.value {
            case .int(let value): text = String(value)
            case .bigInt(let value): text = value
            default: return nil
            }
            return Sourced(text, Provenance(object: object, path: field.path, location: field.location, note: "invalid"))
        }
        lifetime = Sourced("Session", .implied("the provisional GEP has no lifetime setting"))
        cookieConfigWritten = false
        cookiePath = nil
        location = spec.location
        path = "spec"
    }
}
