/// Gateway API hostname matching: exact names and `*.` wildcards that cover one or more
/// leading labels.
public enum Hostname {
    /// Whether two hostnames can match one request's Host.
    public static func overlap(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        return covers(lhs, rhs) || covers(rhs, lhs)
    }

    /// Whether some hostname of `lhs` can match one of `rhs`; an empty list matches any host.
    public static func overlap(_ lhs: [String], _ rhs: [String]) -> Bool {
        if lhs.isEmpty || rhs.isEmpty { return true }
        return lhs.contains { host in rhs.contains { overlap(host, $0) } }
    }

    private static func covers(_ wildcard: String, _ host: String) -> Bool {
        wildcard.hasPrefix("*.") && host.hasSuffix(String(wildcard.dropFirst(1)))
    }
}
