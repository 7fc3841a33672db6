/// What one export writes: the target, its version and format, and whether it wraps the
/// routes into a complete configuration that serves them on an address.
public struct ExportOptions: Sendable {
    /// The dataplane.
    public var target: ExportTarget
    /// One of the target's ``ExportTarget/versions``.
    public var version: String
    /// One of the target's ``ExportTarget/formats``.
    public var format: String
    /// `--standalone --listen ADDR:PORT`: a complete configuration serving the routes there.
    public var listen: ListenAddress?
    /// How many workers may render a large configuration (the text does not depend on it).
    public var jobs: Int

    /// Creates options with the target's default version and format.
    public init(target: ExportTarget, version: String? = nil, format: String? = nil, listen: ListenAddress? = nil, jobs: Int = 1) {
        self.target = target
        self.version = version ?? target.defaultVersion
        self.format = format ?? target.formats[0]
        self.listen = listen
        self.jobs = max(1, jobs)
    }

    /// True for a version at or after `other` in the target's list.
    public func versionAtLeast(_ other: String) -> Bool {
        let versions = target.versions
        guard let mine = versions.firstIndex(of: version), let theirs = versions.firstIndex(of: other) else { return false }
        return mine >= theirs
    }
}

/// An IPv4 address and port to listen on, validated so that it can be written into any
/// configuration as is.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The dotted IPv4 address.
    public let host: String
    /// The port.
    public let port: Int

    /// Parses `ADDR:PORT` (IPv4 only); `nil` when it is not one.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let port = Int(parts[1]), (1...65535).contains(port) else { return nil }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ $0.count <= 3 && Int($0).map { (0...255).contains($0) } == true }) else { return nil }
        host = octets.map { String(Int($0)!) }.joined(separator: ".")
        self.port = port
    }

    /// `host:port`.
    public var description: String { "\(host):\(port)" }
}
