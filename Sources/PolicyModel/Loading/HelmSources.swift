/// The chart templates that rendered the documents of a `helm template` output: Helm heads
/// each document it renders with a `# Source: CHART/templates/FILE.yaml` comment. A finding in
/// such a document names the template as a related place (at the comment), as kube-score names
/// it, so that the template to fix is found without searching the rendered stream.
public struct HelmSources: Sendable {
    /// The template that rendered one document.
    public struct Entry: Sendable, Equatable {
        /// The 1-based line of the `# Source:` comment.
        public let commentLine: Int
        /// The document's first and last lines (its `---` line and the line before the next one's).
        public let firstLine: Int
        public let lastLine: Int
        /// The template's path, as Helm writes it (relative to the chart's parent directory).
        public let template: String
    }

    /// The documents headed by a `# Source:` comment, in order.
    public let entries: [Entry]

    /// A text with no `# Source:` comment.
    public static let none = HelmSources(entries: [])

    private init(entries: [Entry]) {
        self.entries = entries
    }

    /// The `# Source:` comments of `text` (a line that starts with one, the first in its
    /// document); nothing is looked at line by line unless the text has one.
    public init(scanning text: UnsafeBufferPointer<UInt8>) {
        let prefix = Self.prefix
        guard Self.contains(prefix, in: text) else {
            entries = []
            return
        }
        var entries: [Entry] = []
        var pending: (commentLine: Int, firstLine: Int, template: String)?
        var documentFirstLine = 1
        var line = 1
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = SourceText.lineBreak(in: text, from: lineStart) ?? text.count
            if YAMLLoader.startsDocument(text, at: lineStart) {
                if let open = pending {
                    entries.append(Entry(commentLine: open.commentLine, firstLine: open.firstLine, lastLine: line - 1, template: open.template))
                    pending = nil
                }
                documentFirstLine = line
            } else if pending == nil, lineEnd - lineStart > prefix.count,
                      UnsafeBufferPointer(rebasing: text[lineStart..<lineStart + prefix.count]).elementsEqual(prefix) {
                var end = lineEnd
                while end > lineStart + prefix.count, [0x0D, 0x20, 0x09].contains(text[end - 1]) { end -= 1 }
                let template = String(decoding: UnsafeBufferPointer(rebasing: text[(lineStart + prefix.count)..<end]), as: UTF8.self)
                if Self.isTemplatePath(template) { pending = (line, documentFirstLine, template) }
            }
            line += 1
            lineStart = lineEnd + 1
        }
        if let open = pending {
            entries.append(Entry(commentLine: open.commentLine, firstLine: open.firstLine, lastLine: Int.max, template: open.template))
        }
        self.entries = entries
    }

    /// True for what Helm writes after `# Source: `: a path in a chart (`shop/templates/route.yaml`),
    /// not a URL or prose that a hand-written comment might give.
    private static func isTemplatePath(_ text: String) -> Bool {
        text.contains("/") && !text.contains("://") && !text.contains(where: \.isWhitespace)
    }

    /// What starts the comment Helm heads a rendered document with.
    private static let prefix = Array("# Source: ".utf8)

    /// True when `text` holds `needle` (which starts with `#`): each `#` is found with `memchr`,
    /// and YAML has few.
    private static func contains(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = 0
        while let at = SourceText.first(needle[0], in: text, from: from) {
            if at + needle.count <= text.count, UnsafeBufferPointer(rebasing: text[at..<at + needle.count]).elementsEqual(needle) { return true }
            from = at + 1
        }
        return false
    }

    /// The entry of the document that holds 1-based line `line`, when one does.
    public func entry(atLine line: Int) -> Entry? {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].lastLine < line { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].firstLine <= line ? entries[low] : nil
    }
}
