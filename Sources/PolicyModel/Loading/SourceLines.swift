/// The text of the source lines a report quotes (excerpts, baseline fingerprints), read in one
/// pass per file when the report is written, so that no input has to stay in memory for it.
/// Invalid UTF-8 is shown as U+FFFD; line breaks (and a carriage return before them) are left out.
public struct SourceLines: Sendable {
    private let lines: [String: [Int: String]]

    /// Reads the lines of `locations` from `sources` (by file path). A file that changed since
    /// it was loaded, or cannot be read, yields no lines.
    public init(_ sources: [String: SourceReference], wanted locations: [SourceLocation]) {
        var wanted: [String: Set<Int>] = [:]
        for location in locations where sources[location.file] != nil { wanted[location.file, default: []].insert(location.line) }
        var lines: [String: [Int: String]] = [:]
        for (file, numbers) in wanted {
            lines[file] = Self.read(numbers, from: sources[file]!)
        }
        self.lines = lines
    }

    /// The text of line `location.line` of `location.file`, when it was wanted and read.
    public func line(at location: SourceLocation) -> String? {
        lines[location.file]?[location.line]
    }

    /// Reads the wanted lines in one pass: line breaks are found with `memchr`, and only the
    /// wanted lines' bytes are copied.
    private static func read(_ numbers: Set<Int>, from source: SourceReference) -> [Int: String] {
        let wanted = numbers.sorted()
        var next = 0
        var found: [Int: String] = [:]
        var line = 1
        var current: [UInt8] = []
        let complete = source.forEachChunk { chunk in
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
                    found[line] = text(current)
                    current.removeAll(keepingCapacity: true)
                    next += 1
                    if next == wanted.count { return false }
                }
                line += 1
                position = end + 1
            }
            return true
        }
        guard complete else { return [:] }
        if next < wanted.count, wanted[next] == line { found[line] = text(current) }
        return found
    }

    private static func text(_ bytes: [UInt8]) -> String {
        var bytes = bytes[...]
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
