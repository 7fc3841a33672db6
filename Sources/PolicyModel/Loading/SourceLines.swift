/// The text of the source lines a report quotes (excerpts, baseline fingerprints), read again
/// when the report is written, so that no input has to stay in memory for it. A file is read
/// from the known line start (``SourceReference/lineStarts``) before each wanted line, and only
/// the parts that hold wanted lines, on up to `jobs` workers at once.
/// Invalid UTF-8 is shown as U+FFFD; line breaks (and a carriage return before them) are left out.
public struct SourceLines: Sendable {
    private let lines: [String: [Int: String]]

    /// Reads the lines of `locations` from `sources` (by file path) on up to `jobs` workers. A
    /// file that changed since it was loaded, or cannot be read, yields no lines.
    public init(_ sources: [String: SourceReference], wanted locations: [SourceLocation], jobs: Int = 1) {
        var wanted: [String: Set<Int>] = [:]
        for location in locations where sources[location.file] != nil { wanted[location.file, default: []].insert(location.line) }
        // One part per known line start before wanted lines; files in path order, so that the
        // parts are the same however the locations came.
        let parts = wanted.keys.sorted().flatMap { file in Self.parts(of: sources[file]!, wanted: wanted[file]!.sorted(), file: file) }
        let read = OrderedParallel.each(count: parts.count, jobs: jobs) { index in
            Self.read(parts[index].numbers, of: parts[index].source, from: parts[index].start, to: parts[index].end)
        }
        var lines: [String: [Int: String]] = [:]
        var failed: Set<String> = []
        for (part, found) in zip(parts, read) {
            guard let found else {
                failed.insert(part.file)
                continue
            }
            lines[part.file, default: [:]].merge(found) { first, _ in first }
        }
        for file in failed { lines[file] = nil }
        self.lines = lines
    }

    /// The text of line `location.line` of `location.file`, when it was wanted and read.
    public func line(at location: SourceLocation) -> String? {
        lines[location.file]?[location.line]
    }

    /// The wanted lines of a file, from the known line start before them to the next one.
    private struct Part: Sendable {
        let file: String
        let source: SourceReference
        let start: SourceReference.LineStart
        let end: Int?
        let numbers: [Int]
    }

    /// `wanted` (sorted) cut at the known line starts of `source`.
    private static func parts(of source: SourceReference, wanted: [Int], file: String) -> [Part] {
        let starts = source.lineStarts
        var parts: [Part] = []
        var first = 0
        var index = 0
        while first < wanted.count {
            // The last known start at or before the first wanted line left.
            while index + 1 < starts.count, starts[index + 1].line <= wanted[first] { index += 1 }
            let end = index + 1 < starts.count ? starts[index + 1] : nil
            var last = first
            while last < wanted.count, end.map({ wanted[last] < $0.line }) ?? true { last += 1 }
            parts.append(Part(file: file, source: source, start: starts[index], end: end?.offset, numbers: Array(wanted[first..<last])))
            first = last
        }
        return parts
    }

    /// Reads the wanted lines (sorted; none before `start.line`) in one pass from `start`:
    /// line breaks are found eight bytes at a time, and only the wanted lines' bytes are
    /// copied. `nil` when the file can no longer be read as it was.
    private static func read(_ wanted: [Int], of source: SourceReference, from start: SourceReference.LineStart, to end: Int?) -> [Int: String]? {
        var next = 0
        var found: [Int: String] = [:]
        var line = start.line
        var current: [UInt8] = []
        let complete = source.forEachChunk(from: start.offset, to: end) { chunk in
            var position = 0
            while position < chunk.count {
                // Lines before the next wanted one are skipped without a look at each.
                if wanted[next] > line {
                    let (end, skipped) = SourceText.skipLineBreaks(wanted[next] - line, in: chunk, from: position)
                    line += skipped
                    position = end
                    continue
                }
                let keeping = wanted[next] == line
                let newline = SourceText.lineBreak(in: chunk, from: position)
                let end = newline ?? chunk.count
                if keeping { current.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[position..<end])) }
                // A line without its break yet continues in the next chunk.
                guard newline != nil else { return true }
                if keeping {
                    found[line] = text(current, first: line == 1)
                    current.removeAll(keepingCapacity: true)
                    next += 1
                    if next == wanted.count { return false }
                }
                line += 1
                position = end + 1
            }
            return true
        }
        guard complete else { return nil }
        // The last line of the file, without a break after it.
        if end == nil, next < wanted.count, wanted[next] == line { found[line] = text(current, first: line == 1) }
        return found
    }

    /// A line's text: without the carriage return before its break, and, on the `first` line,
    /// without a byte order mark (its columns are counted after one).
    private static func text(_ bytes: [UInt8], first: Bool) -> String {
        var bytes = bytes[...]
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        if first { bytes = bytes.dropFirst(bytes.withUnsafeBufferPointer(SourceText.byteOrderMarkLength)) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
