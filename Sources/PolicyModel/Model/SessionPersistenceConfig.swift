/// A `sessionPersistence` object from a route rule or a backend policy, holding exactly the
/// fields of the selected generation (fields of other generations are left out and reported
/// by SPP004).
///
/// Immutable; a class because every rule about settings goes through all of them: a copy is
/// then one reference, not the thirty-odd strings and paths its fields hold.
public final class SessionPersistenceConfig: Sendable {
    /// The cookie settings: `cookieConfig` (v1.1–v1.6) or `cookie` (main). A class, like
    /// ``Header``: most configurations write neither, and each held inline took its whole size
    /// in every configuration (a fleet has thousands).
    public final class Cookie: Sendable {
        /// Where the `cookie`/`cookieConfig` key is written.
        public let location: SourceLocation
        /// Its field path.
        public let path: FieldPath
        /// `lifetimeType`.
        public let lifetimeType: Located<String>?
        /// `cookie.name` (main only).
        public let name: Located<String>?
        /// `cookie.path` (main only).
        public let cookiePath: Located<String>?

        /// Creates cookie settings.
        public init(location: SourceLocation, path: FieldPath, lifetimeType: Located<String>?, name: Located<String>?, cookiePath: Located<String>?) {
            self.location = location
            self.path = path
            self.lifetimeType = lifetimeType
            self.name = name
            self.cookiePath = cookiePath
        }
    }

    /// The header settings (main only).
    public final class Header: Sendable {
        /// Where the `header` key is written.
        public let location: SourceLocation
        /// Its field path.
        public let path: FieldPath
        /// `header.name`.
        public let name: Located<String>?

        /// Creates header settings.
        public init(location: SourceLocation, path: FieldPath, name: Located<String>?) {
            self.location = location
            self.path = path
            self.name = name
        }
    }

    /// Where the `sessionPersistence` key is written.
    public let location: SourceLocation
    /// Its field path.
    public let path: FieldPath
    /// `sessionName` (v1.1–v1.6).
    public let sessionName: Located<String>?
    /// `absoluteTimeout`.
    public let absoluteTimeout: Located<String>?
    /// `idleTimeout` (v1.1–v1.5).
    public let idleTimeout: Located<String>?
    /// `type` as written.
    public let type: Located<String>?
    /// `cookieConfig` or `cookie`, when written.
    public let cookie: Cookie?
    /// `header`, when written (main).
    public let header: Header?

    /// Creates a configuration.
    public init(location: SourceLocation, path: FieldPath, sessionName: Located<String>?, absoluteTimeout: Located<String>?,
                idleTimeout: Located<String>?, type: Located<String>?, cookie: Cookie?, header: Header?) {
        self.location = location
        self.path = path
        self.sessionName = sessionName
        self.absoluteTimeout = absoluteTimeout
        self.idleTimeout = idleTimeout
        self.type = type
        self.cookie = cookie
        self.header = header
    }

    /// The type after defaulting: `Cookie` unless written.
    public var effectiveType: String { type?.value ?? "Cookie" }

    /// The session token name, whichever field carries it in this generation.
    public var tokenName: Located<String>? {
        sessionName ?? cookie?.name ?? header?.name
    }
}
