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

    /// Creates string constraints.
    public init(pattern: String? = nil, minLength: Int? = nil, maxLength: Int? = nil, enumValues: [String]? = nil, defaultValue: String? = nil) {
        self.pattern = pattern
        self.minLength = minLength
        self.maxLength = maxLength
        self.enumValues = enumValues
        self.defaultValue = defaultValue
    }
}
