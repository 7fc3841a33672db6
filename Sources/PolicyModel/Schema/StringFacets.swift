/// The constraints on a string field, named as in the CRD's OpenAPI schema.
public struct StringFacets: Sendable, Equatable {
    /// The `pattern` regular expression, verbatim.
    public var pattern: String?
    /// `minLength`.
    public var minLength: Int?
    /// `maxLength`.
    public var maxLength: Int?
    /// `enum`, in CRD order.
    public var enumValues: [String]?
    /// `default`.
    public var defaultValue: String?

    /// True when a value's text is checked against any of these (`default` is not a check).
    public var constrainsText: Bool { pattern != nil || minLength != nil || maxLength != nil || enumValues != nil }

    /// Creates string constraints.
    public init(pattern: String? = nil, minLength: Int? = nil, maxLength: Int? = nil, enumValues: [String]? = nil, defaultValue: String? = nil) {
        self.pattern = pattern
        self.minLength = minLength
        self.maxLength = maxLength
        self.enumValues = enumValues
        self.defaultValue = defaultValue
    }
}
