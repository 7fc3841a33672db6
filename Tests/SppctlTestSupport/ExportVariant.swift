import Exporters

/// One target, version and format that `sppctl export` writes: the unit of golden files and
/// validation.
public struct ExportVariant: CustomStringConvertible, Sendable, Hashable {
    /// The target.
    public let target: ExportTarget
    /// Its version.
    public let version: String
    /// Its format.
    public let format: String

    /// Every variant: each target × version × format.
    public static let all: [ExportVariant] = ExportTarget.allCases.flatMap { target in
        target.versions.flatMap { version in target.formats.map { ExportVariant(target: target, version: version, format: $0) } }
    }

    /// `haproxy-2.6`, `traefik-v3.4-file-toml`.
    public var description: String {
        target.formats.count > 1 ? "\(target.rawValue)-\(version)-\(format)" : "\(target.rawValue)-\(version)"
    }

    /// The command-line arguments that select it.
    public var arguments: [String] { ["--target", target.rawValue, "--target-version", version, "--format", format] }
}
