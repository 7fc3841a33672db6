/// A position in an input file: 1-based line and 1-based column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret drawn under the column lands on
/// the right character even after multi-byte text. The file is a ``SourceFile``, referred to
/// without reference counting, so a location is a plain 16-byte value.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user named it (or the `--stdin-filename` for standard input).
    public var file: String { storedFile.takeUnretainedValue().path }
    /// The 1-based line.
    public var line: Int { Int(storedLine) }
    /// The 1-based column, in Unicode scalars.
    public var column: Int { Int(storedColumn) }

    private let storedFile: Unmanaged<SourceFile>
    // 32 bits each (a file is at most --max-file-size bytes, far below 2^32 lines or columns).
    private let storedLine: UInt32
    private let storedColumn: UInt32

    /// Creates a location in `file`, made once for all of that file's locations.
    public init(file: Unmanaged<SourceFile>, line: Int, column: Int) {
        storedFile = file
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// Creates a location in the file named `file`. Each call makes a ``SourceFile`` that is
    /// never freed: for one-off locations; the loader makes one per file.
    public init(file: String, line: Int, column: Int) {
        self.init(file: SourceFile.named(file), line: line, column: column)
    }

    /// The file, as the loader made it (for holders that keep it once; see ``SourcePosition``).
    var fileReference: Unmanaged<SourceFile> { storedFile }

    /// True when `other` is `nil` or in the same file: the same ``SourceFile``, or one of the
    /// same path.
    func sharesFile(with other: SourceLocation?) -> Bool {
        guard let other else { return true }
        return other.storedFile.toOpaque() == storedFile.toOpaque() || other.file == file
    }

    /// `file:line:col`.
    public var description: String { "\(file):\(line):\(column)" }

    /// The place at `line` and `column` of the same file.
    public func moved(toLine line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: storedFile, line: line, column: column)
    }

    /// Equal when file name, line and column are.
    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.storedLine == rhs.storedLine && lhs.storedColumn == rhs.storedColumn && lhs.sharesFile(with: rhs)
    }

    /// Hashes file name, line and column.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(storedLine)
        hasher.combine(storedColumn)
    }

    /// Orders by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.storedFile.toOpaque() != rhs.storedFile.toOpaque() {
            let left = lhs.file
            let right = rhs.file
            if left != right { return left < right }
        }
        if lhs.storedLine != rhs.storedLine { return lhs.storedLine < rhs.storedLine }
        return lhs.storedColumn < rhs.storedColumn
    }
}
