/// Where libyaml's line numbers part from sppctl's, in one piece of text.
///
/// libyaml ends a line at a line feed, a carriage return and line feed, and also at a lone
/// carriage return, U+0085 (NEL), U+2028 and U+2029. sppctl counts lines by line feeds, as
/// editors, `grep -n` and GitHub annotations do (and as its own excerpts and split files do):
/// one of those four in a value (text pasted into an annotation, say) would otherwise move
/// every later finding of the file to a wrong line, and the line would depend on `--jobs`.
/// The characters stay characters of their line, each one column wide.
struct LineBreakCorrection: Sendable {
    /// One line break libyaml counts and sppctl does not.
    private struct Break: Sendable {
        /// The 0-based libyaml line that starts after it.
        let yamlLine: Int
        /// The 0-based column, on sppctl's line, of the character after it.
        let column: Int
        /// The byte offset of the character after it.
        let offset: Int
    }

    /// In order; their libyaml lines increase.
    private let breaks: [Break]
    /// The 0-based column, on sppctl's line, of the text's first character (a document
    /// parsed again may start after such a break, inside a line).
    private let firstColumn: Int

    /// The correction for `text`, whose first character is at 0-based column `firstColumn`
    /// of its line; nil when `text` has none of those breaks (nearly always).
    init?(_ text: UnsafeBufferPointer<UInt8>, firstColumn: Int = 0) {
        var breaks: [Break] = []
        var yamlLine = 0
        var column = firstColumn
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            var width = 1
            var unusual = false
            switch byte {
            case 0x0A:
                yamlLine += 1
                column = 0
                index += 1
                continue
            case 0x0D:
                // Before a line feed, one line break with it; alone, a break of libyaml's only.
                unusual = index + 1 == count || text[index + 1] != 0x0A
            case 0xC2:
                unusual = index + 1 < count && text[index + 1] == 0x85
                width = 2
            case 0xE2:
                unusual = index + 2 < count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9)
                width = 3
            default:
                break
            }
            if unusual {
                yamlLine += 1
                column += 1
                index += width
                breaks.append(Break(yamlLine: yamlLine, column: column, offset: index))
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        guard !breaks.isEmpty else { return nil }
        self.breaks = breaks
        self.firstColumn = firstColumn
    }

    /// The number of breaks at or before libyaml line `yamlLine`, and the last of them when
    /// it ends the line before `yamlLine`.
    private func breaks(through yamlLine: Int) -> (count: Int, startingLine: Break?) {
        var low = 0
        var high = breaks.count
        while low < high {
            let middle = (low + high) / 2
            if breaks[middle].yamlLine <= yamlLine { low = middle + 1 } else { high = middle }
        }
        return (low, low > 0 && breaks[low - 1].yamlLine == yamlLine ? breaks[low - 1] : nil)
    }

    /// sppctl's 0-based line and column of libyaml's 0-based `line` and `column`.
    func position(line: Int, column: Int) -> (line: Int, column: Int) {
        let (count, starting) = breaks(through: line)
        if let starting { return (line - count, starting.column + column) }
        return (line - count, count == 0 && line == 0 ? firstColumn + column : column)
    }

    /// The byte offset at which libyaml's 0-based line `yamlLine` starts, when a break of
    /// libyaml's only ends the line before it; else nil (the line starts after a line feed,
    /// or at the start, on sppctl's line ``position(line:column:)`` gives).
    func startOffset(ofLine yamlLine: Int) -> Int? {
        breaks(through: yamlLine).startingLine?.offset
    }
}
