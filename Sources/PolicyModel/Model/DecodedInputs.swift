/// Everything the decoder found in the inputs.
public struct DecodedInputs: Sendable {
    /// The objects, in file and document order.
    public let objects: [KubeObject]
    /// The documents that are not objects.
    public let nonObjects: [NonObjectDocument]
}
