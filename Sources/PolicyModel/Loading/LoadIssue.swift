/// A problem met while loading an input: it cannot be read as YAML or JSON, or it breaks a
/// safety limit. Every issue has a location; the rule SPP001 reports them.
public struct LoadIssue: Sendable, Hashable {
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong, in libyaml's words where libyaml found it.
    public let message: String

    /// Creates an issue.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }
}
