import PolicyModel

/// Analyses YAML text in memory, as `sppctl lint` would a file named `path`.
public enum InMemoryLint {
    /// The analysis of `yaml`.
    public static func analysis(_ yaml: String, generation: Generation = .default, implementation: ImplementationProfile = .default,
                                path: String = "example.yaml", options: LintOptions = LintOptions()) -> Analysis {
        let decoder = ObjectDecoder(generation: generation)
        let file = YAMLLoader(bodies: .analysedKindsOnly, decoder: decoder).load(bytes: Array(yaml.utf8), path: path)
        return Analysis(files: [file], options: AnalysisOptions(generation: generation, implementation: implementation, lint: options))
    }

    /// The report for `yaml`.
    public static func report(_ yaml: String, generation: Generation = .default, implementation: ImplementationProfile = .default,
                              path: String = "example.yaml", options: LintOptions = LintOptions()) -> LintReport {
        analysis(yaml, generation: generation, implementation: implementation, path: path, options: options).report
    }
}
