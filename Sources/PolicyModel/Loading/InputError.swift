/// An input that cannot be used at all: the run reports it on one line and exits with 2.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path concerned.
    public let path: String
    /// Why it cannot be used.
    public let reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot read 'path': reason`.
    public var description: String { "cannot read '\(path)': \(reason)" }
}
