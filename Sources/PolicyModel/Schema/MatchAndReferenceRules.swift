/// The CEL rules upstream attaches to a route's backendRefs and HTTP path matches, with their
/// exact messages and rule texts (the same in every release; cross-checked against the CRDs).
public enum MatchAndReferenceRules {
    /// The rule on each backendRef (HTTPRoute and GRPCRoute).
    public static let backendReference = [
        CELValidation(
            message: "Must have port for Service reference",
            rule: "(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true",
            check: .serviceReferenceNeedsPort),
    ]

    /// The rules on an HTTPRoute match's `path`.
    public static let httpPath: [CELValidation] = {
        let types = "when type one of ['Exact', 'PathPrefix']"
        let guarded = "(self.type in ['Exact','PathPrefix']) ? "
        func excludes(_ text: String) -> CELValidation {
            CELValidation(message: "must not contain '\(text)' \(types)", rule: guarded + "!self.value.contains('\(text)') : true",
                          check: .exactOrPrefixPath(.excludes(text)))
        }
        func doesNotEnd(_ text: String) -> CELValidation {
            CELValidation(message: "must not end with '\(text)' \(types)", rule: guarded + "!self.value.endsWith('\(text)') : true",
                          check: .exactOrPrefixPath(.doesNotEnd(text)))
        }
        let characters = "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$"
        return [
            CELValidation(message: "value must be an absolute path and start with '/' \(types)", rule: guarded + "self.value.startsWith('/') : true",
                          check: .exactOrPrefixPath(.startsWithSlash)),
            excludes("//"), excludes("/./"), excludes("/../"), excludes("%2f"), excludes("%2F"), excludes("#"),
            doesNotEnd("/.."), doesNotEnd("/."),
            CELValidation(message: "type must be one of ['Exact', 'PathPrefix', 'RegularExpression']",
                          rule: "self.type in ['Exact','PathPrefix'] || self.type == 'RegularExpression'", check: .reportedAsEnum),
            CELValidation(message: "must only contain valid characters (matching \(characters)) for types ['Exact', 'PathPrefix']",
                          rule: guarded + "self.value.matches(r\"\"\"\(characters)\"\"\") : true", check: .exactOrPrefixPath(.pathCharacters)),
        ]
    }()
}
