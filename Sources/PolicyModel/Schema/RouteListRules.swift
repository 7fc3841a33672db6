/// The CEL rules upstream attaches to a route's lists as a whole, with their exact messages
/// and rule texts (cross-checked against the CRDs): references to one parent, rule names,
/// and the total of matches.
public enum RouteListRules {
    /// The rules on `parentRefs` (every generation).
    public static let parentReferences = [
        CELValidation(
            message: "sectionName or port must be specified when parentRefs includes 2 or more references to the same parent",
            rule: "self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && "
                + "(((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || "
                + "(has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__)) ? "
                + "((!has(p1.sectionName) || p1.sectionName == '') == (!has(p2.sectionName) || p2.sectionName == '') && "
                + "(!has(p1.port) || p1.port == 0) == (!has(p2.port) || p2.port == 0)): true))",
            check: .parentSectionOrPortSpecified),
        CELValidation(
            message: "sectionName or port must be unique when parentRefs includes 2 or more references to the same parent",
            rule: "self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && "
                + "(((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || "
                + "(has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__ )) && "
                + "(((!has(p1.sectionName) || p1.sectionName == '') && (!has(p2.sectionName) || p2.sectionName == '')) || ( "
                + "has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName)) && (((!has(p1.port) || "
                + "p1.port == 0) && (!has(p2.port) || p2.port == 0)) || (has(p1.port) && has(p2.port) && p1.port == p2.port))))",
            check: .parentSectionOrPortUnique),
    ]

    /// The rules on `rules` (v1.2 and later): at most 128 matches in all, and unique rule names.
    public static func rules(grpc: Bool) -> [CELValidation] {
        // One term per possible rule (16): HTTPRoute's `matches` always exists after
        // defaulting, GRPCRoute's may not.
        let terms = (0..<16).map { index in
            grpc ? "(self.size() > \(index) ? (has(self[\(index)].matches) ? self[\(index)].matches.size() : 0) : 0)"
                : "(self.size() > \(index) ? self[\(index)].matches.size() : 0)"
        }
        return [
            CELValidation(
                message: "While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128",
                rule: terms.joined(separator: " + ") + " <= 128",
                check: .matchesAtMost(limit: 128, rules: terms.count, absentMatches: grpc ? 0 : 1)),
            CELValidation(
                message: "Rule name must be unique within the route",
                rule: "self.all(l1, !has(l1.name) || self.exists_one(l2, has(l2.name) && l1.name == l2.name))",
                check: .uniqueItemNames),
        ]
    }
}
