import PolicyModel

/// The source line of a location with a caret under its column.
enum SourceExcerpt {
    /// The most characters of a line shown: a longer line (minified JSON, a long flow
    /// collection) is cut to this many around the column, with "…" where it is cut, so that
    /// each finding quotes a few hundred bytes however long its line is.
    static let width = 160
    /// How many of those come before the column, when there are that many.
    static let before = 60

    /// Two lines, the source and the caret, or `nil` when the line is not available.
    /// Tabs before the column are kept in the caret line so the caret stays aligned; characters
    /// that would act on the terminal are shown as U+FFFD, one for one.
    static func lines(for location: SourceLocation, line: String?) -> (source: String, caret: String)? {
        guard let line else { return nil }
        let column = max(0, location.column - 1)
        var scalars = line.unicodeScalars[...]
        var skipped = 0
        var cutAfter = false
        if line.utf8.count > width {
            // An ASCII line (minified JSON usually is) is cut by byte offsets, without a walk
            // over its characters for each finding on it.
            let ascii = line.utf8.withContiguousStorageIfAvailable { $0.reduce(0, |) < 0x80 } ?? false
            let count = ascii ? line.utf8.count : scalars.count
            if count > width {
                skipped = max(0, min(column - before, count - width))
                let first = ascii ? line.utf8.index(line.utf8.startIndex, offsetBy: skipped) : scalars.index(scalars.startIndex, offsetBy: skipped)
                let last = ascii ? line.utf8.index(first, offsetBy: width) : scalars.index(first, offsetBy: width)
                scalars = line.unicodeScalars[first..<last]
                cutAfter = skipped + width < count
            }
        }
        let cutBefore = skipped > 0
        var shown = cutBefore ? "…" : ""
        var padding = cutBefore ? " " : ""
        for (offset, scalar) in scalars.enumerated() {
            shown += scalar != "\t" && TerminalText.acts(scalar) ? "\u{FFFD}" : String(scalar)
            if skipped + offset < column { padding += scalar == "\t" ? "\t" : " " }
        }
        if cutAfter { shown += "…" }
        // A column past the end of the line (the end of the file).
        padding += String(repeating: " ", count: max(0, column - skipped - scalars.count))
        return (shown, padding + "^")
    }
}
