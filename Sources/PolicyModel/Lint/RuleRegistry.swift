/// The list of every rule, in ID order. A test checks that every file under `Lint/Rules`
/// is listed here and that IDs are unique.
public enum RuleRegistry {
    /// Every rule type.
    public static let ruleTypes: [any Rule.Type] = [
        YAMLSyntaxRule.self,
        DuplicateKeyRule.self,
        NotAnObjectRule.self,
        UnknownFieldRule.self,
        WrongTypeRule.self,
        MissingFieldRule.self,
        UnservedKindRule.self,
        NoObjectsRule.self,
        DuplicateObjectRule.self,
        MisspelledKindRule.self,
        UnservedVersionRule.self,
        SuperfluousSuppressionRule.self,
        UnrenderedTemplateRule.self,
        KustomizePatchRule.self,
        InvalidValueRule.self,
        InvalidDurationRule.self,
        InvalidTimeoutRule.self,
        IdleNotBelowAbsoluteRule.self,
        InvalidSessionNameRule.self,
        PermanentNeedsAbsoluteTimeoutRule.self,
        TypeConfigMismatchRule.self,
        InvalidEnumRule.self,
        NoncanonicalDurationRule.self,
        SessionsNeverExpireRule.self,
        LongSessionRule.self,
        TargetNotFoundRule.self,
        CrossNamespaceTargetRule.self,
        UnsupportedTargetKindRule.self,
        SectionNotFoundRule.self,
        ConflictingPoliciesRule.self,
        OverriddenByRouteRule.self,
        PersistenceFromElsewhereRule.self,
        SharedSessionRule.self,
        SessionNameCollisionRule.self,
        RefNotPermittedRule.self,
        BackendNotFoundRule.self,
        NoListenerAcceptsRule.self,
        ServiceAffinityConflictRule.self,
        SecureCookieOverHTTPRule.self,
        MeshCookieRule.self,
        ImplementationDepartureRule.self,
        PersistenceOverridesWeightsRule.self,
        ZeroWeightReachableRule.self,
        PartialPersistenceSplitRule.self,
        BroadCookiePathRule.self,
        AppCookieNameRule.self,
        HostPrefixViolationRule.self,
    ]

    /// One instance of every rule.
    public static var rules: [any Rule] { ruleTypes.map { $0.init() } }

    /// Every rule's description, in ID order.
    public static var descriptions: [RuleDescription] { ruleTypes.map { $0.description }.sorted { $0.id < $1.id } }

    /// The description of the rule with `id` among `descriptions` (case-insensitive; `402`
    /// and `spp402` work too).
    public static func description(for id: String, in descriptions: [RuleDescription] = descriptions) -> RuleDescription? {
        let wanted = normalize(id)
        return descriptions.first { $0.id == wanted || $0.name == id.lowercased() }
    }

    /// The IDs and names among `descriptions` closest to `id`, for "did you mean" lists.
    public static func closeMatches(to id: String, in descriptions: [RuleDescription] = descriptions) -> [RuleDescription] {
        let wanted = normalize(id)
        let scored = descriptions.map { ($0, min(EditDistance.between(wanted, $0.id), EditDistance.between(id.lowercased(), $0.name))) }
        return scored.filter { $0.1 <= 2 }.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }.map(\.0)
    }

    private static func normalize(_ id: String) -> String {
        let upper = id.uppercased()
        if upper.hasPrefix("SPP") { return upper }
        if !upper.isEmpty, upper.allSatisfy(\.isNumber) { return "SPP" + String(repeating: "0", count: max(0, 3 - upper.count)) + upper }
        return upper
    }
}
