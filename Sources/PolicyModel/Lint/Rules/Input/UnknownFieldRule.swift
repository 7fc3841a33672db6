/// SPP004: a field of a known kind is not in the selected generation.
public struct UnknownFieldRule: Rule {
    /// The rule's documentation and examples.
    public static let description = RuleDescription(
        id: "SPP004", name: "unknown-field", defaultSeverity: .error, category: .input,
        summary: "a field of a known kind is not in the selected generation (did-you-mean; which generations have it)",
        rationale: """
            The API server rejects unknown fields under strict field validation (kubectl's default) \
            or silently drops them, so a misspelt or out-of-generation setting never takes effect. \
            Session persistence changed shape across releases: idleTimeout exists only in \
            v1.1.0–v1.5, sessionName and cookieConfig were replaced by cookie and header on main. \
            The message names the generations that do have the field, or the closest spelling. \
            Filters, timeouts and TLS settings are not looked inside.
            """,
        triggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      absoluteTimeout: 1h
                      ↓idleTimeout: 10m
                """),
            RuleExample("""
                apiVersion: gateway.networking.x-k8s.io/v1alpha1
                kind: XBackendTrafficPolicy
                metadata:
                  name: web
                spec:
                  targetRefs:
                  - group: ""
                    kind: Service
                    ↓Name: web
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  rules:
                  - sessionPersistence:
                      absoluteTimeout: 1h
                      idleTimeout: 10m
                """, generation: .v1_5),
        ],
        refusesObjects: true)

    /// Creates the rule.
    public init() {}

    /// The field of `schema` whose own object schema has `name`, when exactly one has: the
    /// usual cause is an indentation slip such as the GEP's `- path:` followed by `value:`.
    static func owner(of name: String, in schema: ObjectSchema) -> String? {
        let owners = schema.fields.filter { $0.schema.objectSchema?.field(name) != nil }.map(\.name)
        return owners.count == 1 ? owners[0] : nil
    }

    /// Reports unknown-field violations with a suggestion.
    public func check(_ context: LintContext) -> [Finding] {
        context.schemaViolations.compactMap { violation in
            guard case .unknownField(let name, let parentSchema) = violation.problem else { return nil }
            let allowed = parentSchema.fieldNames
            let parent = violation.path.names.dropLast().last ?? violation.object.gvk.kind
            var message = "unknown field \"\(name)\" in \(parent)"
            let elsewhere = violation.object.knownKind.map { SchemaLookup.generations(having: violation.path, in: $0) } ?? []
            if !elsewhere.isEmpty {
                message += ": it exists in \(Generation.describe(elsewhere)), not in \(context.generation.rawValue)"
                message += "; use --gateway-api \(elsewhere.last!.rawValue) or drop it"
            } else if let owner = Self.owner(of: name, in: parentSchema) {
                message += "; it belongs inside \"\(owner)\": indent it under \"\(owner):\""
            } else if let suggestion = EditDistance.suggestion(for: name, among: allowed) {
                message += "; did you mean \"\(suggestion)\"?"
            } else {
                message += " (\(context.generation.rawValue) has: \(allowed.joined(separator: ", ")))"
            }
            return Finding(at: violation.location, message, path: violation.path, object: violation.object)
        }
    }
}
