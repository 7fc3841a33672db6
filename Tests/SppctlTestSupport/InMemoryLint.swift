import PolicyModel

/// Analyses YAML text in memory, as `sppctl lint` would a file named `path` (with the file
/// `beside` it, when there is one).
public enum InMemoryLint {
    /// The analysis of `yaml`.
    public static func analysis(_ yaml: String, generation: Generation = .default, implementation: ImplementationProfile = .default,
                                path: String = "example.yaml", beside: RuleExample.Beside? = nil, options: LintOptions = LintOptions()) -> Analysis {
        let loader = YAMLLoader(bodies: .analysedKindsOnly, decoder: ObjectDecoder(generation: generation))
        let files = ([beside.map { ($0.path, $0.yaml) }, (path, yaml)] as [(String, String)?]).compactMap { $0 }
            .sorted { $0.0 < $1.0 }
            .map { loader.load(bytes: Array($0.1.utf8), path: $0.0) }
        return Analysis(files: files, options: AnalysisOptions(generation: generation, implementation: implementation, lint: options))
    }

    /// The report for `yaml`.
    public static func report(_ yaml: String, generation: Generation = .default, implementation: ImplementationProfile = .default,
                              path: String = "example.yaml", beside: RuleExample.Beside? = nil, options: LintOptions = LintOptions()) -> LintReport {
        analysis(yaml, generation: generation, implementation: implementation, path: path, beside: beside, options: options).report
    }
}
