/// The notes that name the Helm template a finding's document was rendered from, for the
/// inputs that are `helm template` output (see ``HelmSources``): lint's findings and export's
/// notices both carry one.
public struct HelmTemplateNotes: Sendable {
    private let sources: [String: HelmSources]

    /// The templates of `files` that have `# Source:` comments.
    public init(_ files: [LoadedFile]) {
        sources = Dictionary(files.lazy.filter { !$0.helmSources.entries.isEmpty }.map { ($0.path, $0.helmSources) },
                             uniquingKeysWith: { first, _ in first })
    }

    /// The `# Source:` comment of the document that holds `location`, as a related place, when
    /// there is one.
    public func notes(at location: SourceLocation) -> [RelatedLocation] {
        guard !sources.isEmpty, let entry = sources[location.file]?.entry(atLine: location.line) else { return [] }
        return [RelatedLocation(location: location.moved(toLine: entry.commentLine, column: 1), message: "rendered from the Helm template \(entry.template)")]
    }
}
