/// The attributes an implementation puts on its session cookie, and whether they are what
/// it really sets or only what GEP-1619 recommends.
public struct CookieAttributes: Sendable, Hashable {
    /// `Secure`.
    public let secure: Bool
    /// `HttpOnly`.
    public let httpOnly: Bool
    /// `SameSite`, when set.
    public let sameSite: String?
    /// True under the GEP's profile: a SHOULD, not what any controller is known to do.
    public let isRecommendation: Bool
    /// Where the attributes come from, in words.
    public let note: String

    /// Creates attributes.
    public init(secure: Bool, httpOnly: Bool, sameSite: String?, isRecommendation: Bool, note: String) {
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
        self.isRecommendation = isRecommendation
        self.note = note
    }

    /// `Secure; HttpOnly; SameSite=Strict`, or `none`.
    public var text: String {
        var parts: [String] = []
        if secure { parts.append("Secure") }
        if httpOnly { parts.append("HttpOnly") }
        if let sameSite { parts.append("SameSite=\(sameSite)") }
        return parts.isEmpty ? "none" : parts.joined(separator: "; ")
    }
}
