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

    /// Envoy Gateway's regex rule: the `/`-separated segments before the first one that
    /// contains `*`; a pattern without `*` is kept whole (`/p1/p2/.*/p3` → `/p1/p2`,
    /// `/api/v[0-9]+` → `/api/v[0-9]+`, `/.*` → no Path).
    public static func segmentsBeforeStar(_ pattern: String) -> String {
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false)
        return segments.prefix { !$0.contains("*") }.joined(separator: "/")
    }

    /// NGINX Gateway Fabric's rule for several matches: the longest common prefix of whole
    /// segments; one value is kept as written (trailing slash too); `nil` when the values have
    /// nothing in common.
    public static func commonSegmentPrefix(_ values: [String]) -> String? {
        var unique: [String] = []
        for value in values where !unique.contains(value) { unique.append(value) }
        guard let first = unique.first else { return nil }
        if unique.count == 1 { return first }
        var common = first.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for value in unique.dropFirst() {
            let segments = value.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            common = Array(zip(common, segments).prefix { $0 == $1 }.map(\.0))
        }
        let prefix = common.joined(separator: "/")
        return prefix.isEmpty ? nil : prefix
    }
}
