/// A scalar as written, with its presentation style, and its resolved value.
public struct Scalar: Sendable {
    /// How the scalar was written.
    public enum Style: Sendable {
        /// No quotes.
        case plain
        /// `'single quoted'`.
        case singleQuoted
        /// `"double quoted"`.
        case doubleQuoted
        /// `|` block.
        case literal
        /// `>` block.
        case folded
    }

    /// The text after unescaping and folding.
    public let text: String
    /// The presentation style.
    public let style: Style
    /// An explicit tag, if any (`!!str`, `tag:yaml.org,2002:int` …).
    public let tag: String?
    /// The resolved value, strictly: only a plain, untagged scalar is resolved to null, a
    /// boolean or a number; quoted and block scalars always stay strings. Resolved when asked
    /// (rules read few of the scalars a file holds), not stored with every scalar.
    public var value: ScalarValue { ScalarValue.resolve(text: text, plain: style == .plain, tag: tag) }

    /// Creates a scalar.
    public init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }
}
