/// sppctl's version.
enum SppctlVersion {
    /// The release.
    static let current = "0.1.0"

    /// What `--version` prints: the release and the git commit of the build.
    static let full = "\(current) (commit \(BuildInfo.commit))"
}
