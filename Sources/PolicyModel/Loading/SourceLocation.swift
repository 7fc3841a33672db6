/// A position in an input file: 1-based line and 1-based column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret drawn under the column lands on
/// the right character even after multi-byte text.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user named it (or the `--stdin-filename` for standard input).
    public let file: String
    /// The 1-based line.
    public var line: Int { Int(storedLine) }
    /// The 1-based column, in Unicode scalars.
    public var column: Int { Int(storedColumn) }

    // 32 bits each (every node carries a location; a file is at most --max-file-size bytes,
    // far below 2^32 lines or columns).
    private let storedLine: UInt32
    private let storedColumn: UInt32

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// `file:line:col`.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.column < rhs.column
    }
}
