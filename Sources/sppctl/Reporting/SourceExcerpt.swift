import PolicyModel

/// The source line of a location with a caret under its column.
enum SourceExcerpt {
    /// Two lines, the source and the caret, or `nil` when the line is not available.
    /// Tabs before the column are kept in the caret line so the caret stays aligned.
    static func lines(for location: SourceLocation, line: String?) -> (source: String, caret: String)? {
        guard let line else { return nil }
        var padding = ""
        for (index, scalar) in line.unicodeScalars.enumerated() where index < location.column - 1 {
            padding += scalar == "\t" ? "\t" : " "
        }
        let missing = max(0, location.column - 1 - line.unicodeScalars.count)
        padding += String(repeating: " ", count: missing)
        // One character for each: the caret stays under its column.
        let shown = line.unicodeScalars.map { $0 != "\t" && TerminalText.acts($0) ? "\u{FFFD}" : String($0) }.joined()
        return (shown, padding + "^")
    }
}
