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

    /// The diagnostics with `id`, as `line:col` strings.
    public static func positions(_ yaml: String, id: String, generation: Generation = .default) -> [String] {
        report(yaml, generation: generation).diagnostics.filter { $0.id == id }.map { "\($0.location.line):\($0.location.column)" }
    }
}
