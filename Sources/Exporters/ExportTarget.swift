/// A dataplane sppctl writes configuration for (`--target`), with the versions whose syntax
/// or capabilities differ (`--target-version`) and the formats it can write (`--format`).
public enum ExportTarget: String, CaseIterable, Sendable {
    /// HAProxy.
    case haproxy
    /// NGINX, open source or Plus.
    case nginx
    /// Traefik's file provider or CRDs.
    case traefik
    /// Kong, as decK declarative configuration.
    case kong
    /// Envoy, as a v3 Bootstrap.
    case envoy

    /// The versions `--target-version` accepts, oldest first.
    public var versions: [String] {
        switch self {
        case .haproxy: return ["2.6", "3.0"]
        case .nginx: return ["1.22", "1.29.6", "plus"]
        case .traefik: return ["v2", "v3.0", "v3.3", "v3.4"]
        case .kong: return ["oss", "enterprise-3.11"]
        case .envoy: return ["v3"]
        }
    }

    /// The version used when none is given.
    public var defaultVersion: String {
        switch self {
        case .haproxy: return "2.6"
        case .nginx: return "1.22"
        case .traefik: return "v3.4"
        case .kong: return "oss"
        case .envoy: return "v3"
        }
    }

    /// The formats `--format` accepts; the first is the default.
    public var formats: [String] {
        switch self {
        case .haproxy, .nginx: return ["conf"]
        case .traefik: return ["file-yaml", "file-toml", "crd"]
        case .kong, .envoy: return ["yaml"]
        }
    }

    /// The dataplane's name in messages.
    public var displayName: String {
        switch self {
        case .haproxy: return "HAProxy"
        case .nginx: return "NGINX"
        case .traefik: return "Traefik"
        case .kong: return "Kong"
        case .envoy: return "Envoy"
        }
    }

    /// The exporter for this target.
    public var exporter: any Exporter {
        switch self {
        case .haproxy: return HAProxyExporter()
        case .nginx: return NGINXExporter()
        case .traefik: return TraefikExporter()
        case .kong: return KongExporter()
        case .envoy: return EnvoyExporter()
        }
    }
}
