/// sppctl's version.
enum SppctlVersion {
    /// The version printed by `--version`.
    static let current = "0.1.0"
}
