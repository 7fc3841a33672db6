/// An effective value with its provenance.
public struct Sourced<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    public let value: Value
    /// Where it comes from.
    public let provenance: Provenance

    /// Creates a sourced value.
    public init(_ value: Value, _ provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }
}
