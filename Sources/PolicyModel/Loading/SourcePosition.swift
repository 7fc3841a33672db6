/// A line and column in a file its holder keeps once: half a ``SourceLocation``, for the values a
/// fleet has one of per object, which would otherwise each repeat the file (8 bytes instead of 16).
struct SourcePosition: Sendable, Equatable {
    // Line 0 stands for no position (lines count from 1).
    private let line: UInt32
    private let column: UInt32

    /// No position.
    static let none = SourcePosition(line: 0, column: 0)

    private init(line: UInt32, column: UInt32) {
        self.line = line
        self.column = column
    }

    /// The line and column of `location`, or no position.
    init(_ location: SourceLocation?) {
        guard let location else {
            self = .none
            return
        }
        self.init(line: UInt32(clamping: max(location.line, 1)), column: UInt32(clamping: location.column))
    }

    /// The location at this position in `file`; `nil` for no position.
    func location(in file: Unmanaged<SourceFile>?) -> SourceLocation? {
        guard line != 0, let file else { return nil }
        return SourceLocation(file: file, line: Int(line), column: Int(column))
    }
}
