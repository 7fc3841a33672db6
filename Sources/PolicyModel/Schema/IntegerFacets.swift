/// The bounds of an integer field, named as in the CRD's OpenAPI schema.
public struct IntegerFacets: Sendable, Equatable {
    /// `minimum`.
    public var minimum: Int64?
    /// `maximum`.
    public var maximum: Int64?

    /// Creates integer bounds.
    public init(minimum: Int64? = nil, maximum: Int64? = nil) {
        self.minimum = minimum
        self.maximum = maximum
    }
}
