/// A second place that explains a diagnostic (shown as a `note:`).
public struct RelatedLocation: Sendable, Hashable, Codable {
    /// Where.
    public let location: SourceLocation
    /// What is there.
    public let message: String

    /// Creates a related location.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    enum CodingKeys: String, CodingKey { case file, line, column, message }

    /// Encodes as `{file, line, column, message}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location.file, forKey: .file)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encode(message, forKey: .message)
    }

    /// Decodes from `{file, line, column, message}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        location = SourceLocation(file: try container.decode(String.self, forKey: .file),
                                  line: try container.decode(Int.self, forKey: .line),
                                  column: try container.decode(Int.self, forKey: .column))
        message = try container.decode(String.self, forKey: .message)
    }
}
