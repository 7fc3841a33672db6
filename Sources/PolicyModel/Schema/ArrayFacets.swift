/// The constraints of a list field, named as in the CRD's OpenAPI schema: how many items it
/// may hold, and the CEL rules upstream attaches to the list as a whole.
public struct ArrayFacets: Sendable {
    /// `minItems`.
    public var minItems: Int?
    /// `maxItems`.
    public var maxItems: Int?
    /// The CEL validations on the list, in CRD order.
    public var validations: [CELValidation]

    /// Creates list constraints.
    public init(minItems: Int? = nil, maxItems: Int? = nil, validations: [CELValidation] = []) {
        self.minItems = minItems
        self.maxItems = maxItems
        self.validations = validations
    }
}
