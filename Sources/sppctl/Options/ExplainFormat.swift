import ArgumentParser

/// The formats of `sppctl explain`.
enum ExplainFormat: String, CaseIterable, ExpressibleByArgument {
    /// An indented tree.
    case text
    /// One JSON document.
    case json
    /// The same document as YAML.
    case yaml
    /// A Mermaid flowchart.
    case mermaid
    /// A Graphviz digraph.
    case dot
}
