/// What decoding found in some documents: the objects, the documents that are not objects,
/// and every structural violation of the objects (checked while their nodes were at hand).
public struct DecodedInputs: Sendable {
    /// The objects, in file and document order.
    public internal(set) var objects: [KubeObject] = []
    /// The documents that are not objects.
    public internal(set) var nonObjects: [NonObjectDocument] = []
    /// Every structural violation of every object, object by object.
    public internal(set) var schemaViolations: [SchemaViolation] = []
    /// The objects whose envelope may be wrong (``KubeObject/mayHaveEnvelopeProblem``), in order.
    public internal(set) var envelopeSuspects: [KubeObject] = []

    /// Nothing decoded.
    public init() {}

    /// Appends what `other` decoded (later documents).
    public mutating func append(_ other: DecodedInputs) {
        objects += other.objects
        nonObjects += other.nonObjects
        schemaViolations += other.schemaViolations
        envelopeSuspects += other.envelopeSuspects
    }
}
