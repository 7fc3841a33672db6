/// The constraints of a list field, named as in the CRD's OpenAPI schema: how many items it
/// may hold, and the CEL rules upstream attaches to the list as a whole.
public struct ArrayFacets: Sendable {
    /// `minItems`.
    public var minItems: Int?
    /// `maxItems`.
    public var maxItems: Int?
    /// The CEL validations on the list, in CRD order.
    public var validations: [CELValidation]
    /// `x-kubernetes-list-map-keys` of a list of `x-kubernetes-list-type: map`: no two items may
    /// have the same values for these fields (empty for other lists).
    public var mapKeys: [String]

    /// Creates list constraints.
    public init(minItems: Int? = nil, maxItems: Int? = nil, validations: [CELValidation] = [], mapKeys: [String] = []) {
        self.minItems = minItems
        self.maxItems = maxItems
        self.validations = validations
        self.mapKeys = mapKeys
    }
}
