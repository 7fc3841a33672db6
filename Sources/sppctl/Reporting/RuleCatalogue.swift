import Exporters
import PolicyModel

/// Every documented rule: the lint rules and the export notices, looked up the same way by
/// `rules`, `explain SPPnnn`, the configuration file and the reporters.
enum RuleCatalogue {
    /// Every description, in ID order.
    static let descriptions = (RuleRegistry.descriptions + NoticeCatalogue.descriptions).sorted { $0.id < $1.id }

    /// The description of `id` (`SPP602`, `602`, `lossy`).
    static func description(for id: String) -> RuleDescription? { RuleRegistry.description(for: id, in: descriptions) }

    /// The closest IDs and names to `id`.
    static func closeMatches(to id: String) -> [RuleDescription] { RuleRegistry.closeMatches(to: id, in: descriptions) }
}
