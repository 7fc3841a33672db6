/// A YAML example in a rule's documentation. Triggering examples mark each expected finding
/// with `↓` right before the character the finding points at; the marker is removed before
/// the example is linted. The same examples drive the rule's tests and `sppctl explain`.
public struct RuleExample: Sendable {
    /// The YAML, with `↓` markers.
    public let yaml: String
    /// The generation to lint the example under; `nil` for the default.
    public let generation: Generation?
    /// The implementation profile to lint the example under; `nil` for the default.
    public let implementation: ImplementationProfile?
    /// For export notices: the target the example is exported to, as `target` or
    /// `target@version` (`traefik@v2`); `nil` for lint rules.
    public let exportTarget: String?
    /// The source file of the rule, so a failing example points at where it is written.
    public let file: String
    /// The line in the rule's source file.
    public let line: Int
    /// A file linted together with the example (which is `example.yaml`), in the same
    /// directory: the kustomization that names it as a patch, say; nil for most examples.
    public let beside: Beside?

    /// A file beside an example.
    public struct Beside: Sendable {
        /// Its name, in the example's directory.
        public let path: String
        /// Its YAML.
        public let yaml: String

        /// Creates a file named `path` holding `yaml`.
        public init(_ path: String, _ yaml: String) {
            self.path = path
            self.yaml = yaml
        }
    }

    /// Creates an example.
    public init(_ yaml: String, generation: Generation? = nil, implementation: ImplementationProfile? = nil, exportTarget: String? = nil,
                beside: Beside? = nil, file: String = #filePath, line: Int = #line) {
        self.yaml = yaml
        self.beside = beside
        self.generation = generation
        self.implementation = implementation
        self.exportTarget = exportTarget
        self.file = file
        self.line = line
    }

    /// The marker that shows where a finding is expected.
    public static let marker: Character = "↓"

    /// The YAML without markers, and the 1-based line and column of each marker.
    public var cleaned: (yaml: String, positions: [(line: Int, column: Int)]) {
        var text = ""
        var positions: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for scalar in yaml.unicodeScalars {
            if Character(scalar) == Self.marker {
                positions.append((line, column))
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (text, positions)
    }
}
