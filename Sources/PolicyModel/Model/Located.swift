/// A value read from a manifest, with where it was written and its field path.
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public let value: Value
    /// Where the value node starts.
    public let location: SourceLocation
    /// The field path inside the object.
    public let path: FieldPath

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation, path: FieldPath) {
        self.value = value
        self.location = location
        self.path = path
    }
}

extension Located: Equatable where Value: Equatable {}
