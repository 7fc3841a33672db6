/// Settings that change what some rules consider a problem.
public struct LintOptions: Sendable, Equatable {
    /// SPP110 reports absolute timeouts longer than this many seconds.
    public var longSessionSeconds: Int64

    /// Creates options.
    public init(longSessionSeconds: Int64 = 86_400) {
        self.longSessionSeconds = longSessionSeconds
    }
}
