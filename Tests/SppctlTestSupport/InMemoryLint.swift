import PolicyModel

/// Lints YAML text in memory, as `sppctl lint` would a file named `path`.
public enum InMemoryLint {
    /// The report for `yaml`.
    public static func report(_ yaml: String, generation: Generation = .default, path: String = "example.yaml",
                              options: LintOptions = LintOptions()) -> LintReport {
        let file = YAMLLoader().load(bytes: Array(yaml.utf8), path: path)
        let context = LintContext(files: [file], generation: generation, options: options)
        return Linter().lint(context)
    }
}
