import PolicyModel

/// One dataplane's translator: turns an ``ExportPlan`` (the analysis's applied entries,
/// grouped into routes and rules) into that dataplane's configuration, and says through
/// notices what it could not express. An exporter never re-derives precedence.
public protocol Exporter: Sendable {
    /// The target it writes.
    var target: ExportTarget { get }
    /// What the target can express, per version.
    var capabilities: CapabilityTable { get }
    /// The configuration text for `plan`, and the notices; throws when a value cannot be
    /// written safely (nothing is written then).
    func render(_ plan: ExportPlan, options: ExportOptions, notices: inout NoticeCollector) throws(ExportError) -> String
}
