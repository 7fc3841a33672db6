/// The CEL rules upstream attaches to each HTTPRoute rule about its filters, with their exact
/// messages and rule texts (the same in every release; cross-checked against the CRDs): a
/// redirect sends no request to a backend, and a prefix rewrite needs exactly one PathPrefix
/// match. The filters are otherwise not looked inside.
public enum HTTPRuleFilterRules {
    /// The rules on each HTTPRoute rule.
    public static let rule = [
        CELValidation(
            message: "RequestRedirect filter must not be used together with backendRefs",
            rule: "(has(self.backendRefs) && size(self.backendRefs) > 0) ? (!has(self.filters) || self.filters.all(f, "
                + "!has(f.requestRedirect))): true",
            check: .redirectWithoutBackends),
        CELValidation(
            message: "When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified",
            rule: "(has(self.filters) && self.filters.exists_one(f, has(f.requestRedirect) && "
                + "has(f.requestRedirect.path) && f.requestRedirect.path.type == 'ReplacePrefixMatch' && "
                + "has(f.requestRedirect.path.replacePrefixMatch))) ? ((size(self.matches) != 1 || "
                + "!has(self.matches[0].path) || self.matches[0].path.type != 'PathPrefix') ? false : true) : true",
            check: .replacePrefixMatchNeedsOnePrefix(filter: "requestRedirect", inBackendRefs: false)),
        CELValidation(
            message: "When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified",
            rule: "(has(self.filters) && self.filters.exists_one(f, has(f.urlRewrite) && has(f.urlRewrite.path) && "
                + "f.urlRewrite.path.type == 'ReplacePrefixMatch' && has(f.urlRewrite.path.replacePrefixMatch))) ? "
                + "((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != "
                + "'PathPrefix') ? false : true) : true",
            check: .replacePrefixMatchNeedsOnePrefix(filter: "urlRewrite", inBackendRefs: false)),
        CELValidation(
            message: "Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified",
            rule: "(has(self.backendRefs) && self.backendRefs.exists_one(b, (has(b.filters) && b.filters.exists_one(f, "
                + "has(f.requestRedirect) && has(f.requestRedirect.path) && f.requestRedirect.path.type == "
                + "'ReplacePrefixMatch' && has(f.requestRedirect.path.replacePrefixMatch))) )) ? ((size(self.matches) "
                + "!= 1 || !has(self.matches[0].path) || self.matches[0].path.type != 'PathPrefix') ? false : true) : "
                + "true",
            check: .replacePrefixMatchNeedsOnePrefix(filter: "requestRedirect", inBackendRefs: true)),
        CELValidation(
            message: "Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified",
            rule: "(has(self.backendRefs) && self.backendRefs.exists_one(b, (has(b.filters) && b.filters.exists_one(f, "
                + "has(f.urlRewrite) && has(f.urlRewrite.path) && f.urlRewrite.path.type == 'ReplacePrefixMatch' && "
                + "has(f.urlRewrite.path.replacePrefixMatch))) )) ? ((size(self.matches) != 1 || "
                + "!has(self.matches[0].path) || self.matches[0].path.type != 'PathPrefix') ? false : true) : true",
            check: .replacePrefixMatchNeedsOnePrefix(filter: "urlRewrite", inBackendRefs: true)),
    ]
}
