/// The cookie `Path` attribute an implementation derives for a persistence setting.
public enum CookiePath: Sendable, Hashable {
    /// No Path attribute (seed and ≤ v1.6: a Service attachment); browsers then scope the
    /// cookie to the request's directory.
    case unset
    /// One path.
    case fixed(String)
    /// Several matches: the path of whichever match the request took.
    case perMatch([String])

    /// The paths a request may get, for display and checks.
    public var paths: [String] {
        switch self {
        case .unset: return []
        case .fixed(let path): return [path]
        case .perMatch(let paths): return paths
        }
    }

    /// Derives the Path from a rule's path matches, as GEP-1619 (seed to v1.6) describes it:
    /// `/` for a rule that matches every path, the matched path for several, the longest
    /// non-regex prefix for a regular expression.
    public static func derived(from matches: [RouteSpec.PathMatch]) -> CookiePath {
        guard !matches.isEmpty else { return .fixed("/") }
        var paths: [String] = []
        for match in matches {
            let path = match.type == "RegularExpression" ? nonRegexPrefix(match.value) : match.value
            if !paths.contains(path) { paths.append(path) }
        }
        return paths.count == 1 ? .fixed(paths[0]) : .perMatch(paths)
    }

    /// The longest leading run of whole path segments without regex syntax:
    /// `/p1/p2/.*/p3` → `/p1/p2`, `^/api/v[0-9]+` → `/api`, `.*` → `/`.
    public static func nonRegexPrefix(_ pattern: String) -> String {
        var text = Substring(pattern)
        if text.hasPrefix("^") { text = text.dropFirst() }
        let special: Set<Character> = [".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "\\", "$", "^"]
        let literal = text.prefix { !special.contains($0) }
        if literal.count == text.count { return String(literal).isEmpty ? "/" : String(literal) }
        guard let slash = literal.lastIndex(of: "/") else { return "/" }
        let prefix = String(literal[..<slash])
        return prefix.isEmpty ? "/" : prefix
    }
}
