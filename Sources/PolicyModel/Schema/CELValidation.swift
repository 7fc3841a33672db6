/// One upstream CEL rule (`x-kubernetes-validations`), with its exact message and rule text,
/// and the check sppctl evaluates in its place.
public struct CELValidation: Sendable, Equatable {
    /// The forms of CEL rule that the session-persistence CRDs use, those of the route lists
    /// that hold it (rules, parentRefs), and those of a Gateway's listeners.
    public enum Check: Sendable, Equatable {
        /// Permanent cookie lifetime requires `absoluteTimeout`. `guarded` is false for v1.1.0's
        /// buggy rule, which fails whenever the cookie object is absent and `absoluteTimeout`
        /// is not set (upstream issue #3214).
        case permanentNeedsAbsoluteTimeout(cookieField: String, guarded: Bool)
        /// `!has(self.field) || self.type == 'type'`.
        case onlyWithType(field: String, type: String)
        /// `self.type != 'type' || has(self.field)`.
        case requiredForType(field: String, type: String)
        /// On a list: no two items that have a `name` have the same one.
        case uniqueItemNames
        /// On a route's rules: at most `limit` matches in the first `rules` rules (the rule
        /// sums that many terms), a rule without `matches` counting `absentMatches` (HTTPRoute's
        /// default is one match, GRPCRoute has none).
        case matchesAtMost(limit: Int, rules: Int, absentMatches: Int)
        /// On parentRefs: references to the same parent all name a sectionName, or none does,
        /// and likewise a port.
        case parentSectionOrPortSpecified
        /// On parentRefs: references to the same parent differ in sectionName or port.
        case parentSectionOrPortUnique
        /// On listeners: no listener of one of `protocols` has `field` (`tls`, or a non-empty `hostname`).
        case listenerFieldForbidden(field: String, protocols: [String])
        /// On listeners: a listener of `protocol` with `tls` has its mode empty or `Terminate`.
        case listenerTerminatesTLS(protocol: String)
        /// On listeners: a listener of `protocol` has `tls` with a mode (which defaults to `Terminate`).
        case listenerNeedsTLSMode(protocol: String)
        /// On listeners: no two have the same port, protocol and hostname.
        case uniqueListenerAddresses
        /// On a backendRef: a reference to a core Service (group "", kind Service, the defaults) has a port.
        case serviceReferenceNeedsPort
        /// On an HTTP path match of type Exact or PathPrefix (the default): its value (default
        /// `/`) passes `test`.
        case exactOrPrefixPath(PathTest)
        /// A rule whose breach the field's enum already reports (SPP107): not evaluated again.
        case reportedAsEnum
        /// On an HTTPRoute rule with backendRefs: no filter is a `requestRedirect`.
        case redirectWithoutBackends
        /// On an HTTPRoute rule: when exactly one filter (of the rule, or of exactly one of its
        /// backendRefs) is a `filter` whose path is a ReplacePrefixMatch, the rule has exactly one
        /// match, of type PathPrefix (an absent `matches` defaults to one such match).
        case replacePrefixMatchNeedsOnePrefix(filter: String, inBackendRefs: Bool)

        /// What an Exact or PathPrefix path's value must do.
        public enum PathTest: Sendable, Equatable {
            /// Start with `/`.
            case startsWithSlash
            /// Not contain the text.
            case excludes(String)
            /// Not end with the text.
            case doesNotEnd(String)
            /// Hold only the characters of an absolute path (RFC 3986 pchar and `/`, or `%XX` escapes).
            case pathCharacters
        }
    }

    /// The upstream message, verbatim.
    public let message: String
    /// The upstream rule, verbatim.
    public let rule: String
    /// What sppctl evaluates.
    public let check: Check

    /// Creates a validation.
    public init(message: String, rule: String, check: Check) {
        self.message = message
        self.rule = rule
        self.check = check
    }
}
