import PolicyModel

/// One (route, rule, path match) to route by, in Gateway API precedence: routes with exact
/// hostnames before wildcard ones before those for any host, then Exact paths, then longer
/// prefixes, then regular expressions, then rules without a path match; ties keep input order.
/// Dataplanes that try routes in order (HAProxy `use_backend`, Kong priorities) follow it.
public struct RoutingEntry: Sendable {
    /// The route.
    public let route: PlannedRoute
    /// The rule.
    public let rule: PlannedRule
    /// The path match; `nil` for a rule that matches every path.
    public let match: RouteSpec.PathMatch?
    /// The position of the match in the rule.
    public let matchIndex: Int

    /// Every entry of `plan`, in precedence order.
    public static func ordered(_ plan: ExportPlan) -> [RoutingEntry] {
        // Six numbers compared in order (a tuple: nothing to allocate per entry), and where the
        // entry is: the entries themselves are made once the order is known.
        var keyed: [(key: (Int, Int, Int, Int, Int, Int), rule: Int)] = []
        for (routeOrder, route) in plan.routes.enumerated() {
            let hostRank = route.hostnames.isEmpty ? 2 : (route.hostnames.allSatisfy { $0.hasPrefix("*.") } ? 1 : 0)
            for (position, rule) in route.rules.enumerated() {
                let matches: [RouteSpec.PathMatch?] = rule.matches.isEmpty ? [nil] : rule.matches
                for (index, match) in matches.enumerated() {
                    let (rank, length): (Int, Int)
                    switch match?.type {
                    case "Exact"?: (rank, length) = (0, match!.value.count)
                    case "PathPrefix"?: (rank, length) = (match!.value == "/" ? 3 : 1, match!.value.count)
                    case "RegularExpression"?: (rank, length) = (2, match!.value.count)
                    default: (rank, length) = (3, 0)
                    }
                    keyed.append(((hostRank, rank, -length, routeOrder, rule.index, index), position))
                }
            }
        }
        keyed.sort { $0.key < $1.key }
        return keyed.map { key, position in
            let route = plan.routes[key.3]
            let rule = route.rules[position]
            return RoutingEntry(route: route, rule: rule, match: rule.matches.isEmpty ? nil : rule.matches[key.5], matchIndex: key.5)
        }
    }

    /// A PathPrefix value without its trailing slash (Gateway API matches prefixes by whole
    /// segments and ignores a trailing slash); `/` stays `/`.
    public static func prefix(_ value: String) -> String {
        var trimmed = value
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }
}
