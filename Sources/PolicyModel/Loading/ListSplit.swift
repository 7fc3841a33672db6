/// A List document written as kubectl writes one (`items:` at the start of a line, then each
/// item on lines of its own starting with `- `, the other keys of the List before and after),
/// cut so that its items can be parsed on several workers: runs of whole items, and the
/// document without them (`items: []`, their lines left blank so that every other line keeps
/// its number and column).
///
/// Finding the cuts only looks at the starts of lines, so it can be fooled by text that is not
/// what it seems (a quoted string whose next line starts with `- `, say); the loader then
/// finds a problem in a piece (an unterminated string, an alias to an anchor in another
/// piece) and parses the document whole instead. A piece that parses cleanly was cut where
/// libyaml would have begun an item too.
struct ListSplit {
    /// The byte ranges of the runs of items, in order; each starts at the start of an item's line.
    let fragments: [Range<Int>]
    /// The number of line breaks before each fragment.
    let fragmentLineOffsets: [Int]
    /// The document without its items.
    let shell: [UInt8]
    /// The 1-based line and column of the shell's `[]` (or `[`, in JSON), where `items`' value is.
    let itemsLine: Int
    let itemsColumn: Int
    /// For each fragment, the bytes to change in its copy before it is parsed (JSON fragments
    /// become flow sequences: see ``init(json:count:)``); none for YAML.
    let patches: [[Patch]]

    /// A byte of the file, changed in the copy of a fragment.
    struct Patch: Equatable {
        /// Its offset in the file.
        let offset: Int
        /// What it becomes.
        let byte: UInt8
    }

    /// The cuts of `bytes` into about `count` runs of items, or nil when the text is not a
    /// List written that way.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) {
        // The line `items:` (its break may be CRLF), at the start of a line.
        var itemsKeyEnd: Int?
        var lineStart = 0
        var line = 1
        while lineStart < bytes.count {
            let lineEnd = Self.lineEnd(bytes, from: lineStart)
            if Self.line(bytes, lineStart..<lineEnd, is: "items:") {
                itemsKeyEnd = lineStart + 6
                lineStart = lineEnd + 1
                break
            }
            lineStart = lineEnd + 1
            line += 1
        }
        itemsLine = line
        itemsColumn = 8
        patches = []
        guard let itemsKeyEnd, lineStart < bytes.count else { return nil }
        // The items' lines: item starts, lines indented by spaces, comments and blank lines
        // (the first that is none of the last three starts an item).
        let blockStart = lineStart
        // Each item's start, and the line breaks before it (`items:` is on line `line`).
        var itemStarts: [(offset: Int, lineBreaks: Int)] = []
        var blockLines = 0
        while lineStart < bytes.count {
            let byte = bytes[lineStart]
            if Self.startsItem(bytes, at: lineStart) {
                itemStarts.append((lineStart, line + blockLines))
            } else if byte == UInt8(ascii: "\t") {
                return nil
            } else if byte == UInt8(ascii: " ") && itemStarts.isEmpty {
                return nil
            } else if !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) {
                break
            }
            let lineEnd = Self.lineEnd(bytes, from: lineStart)
            // The last line of the file may have no break.
            if lineEnd < bytes.count { blockLines += 1 }
            lineStart = lineEnd + 1
        }
        let blockEnd = min(lineStart, bytes.count)
        guard itemStarts.count > 1 else { return nil }
        // About equal runs of bytes, each starting at an item.
        var starts = [blockStart]
        var lineOffsets = [line]
        let target = max(1, (blockEnd - blockStart) / max(1, count))
        for start in itemStarts where start.offset >= starts[starts.count - 1] + target {
            starts.append(start.offset)
            lineOffsets.append(start.lineBreaks)
        }
        fragments = zip(starts, starts.dropFirst() + [blockEnd]).map { $0..<$1 }
        fragmentLineOffsets = lineOffsets
        var shell: [UInt8] = []
        shell.reserveCapacity(bytes.count - (blockEnd - blockStart) + 3)
        shell.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<itemsKeyEnd]))
        shell.append(contentsOf: " []".utf8)
        shell.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[itemsKeyEnd..<blockStart]))
        let block = UnsafeBufferPointer(rebasing: bytes[blockStart..<blockEnd])
        if SourceText.first(UInt8(ascii: "\r"), in: block, from: 0) == nil {
            // Line feeds only (as kubectl writes): one per line break of the block.
            shell.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: blockLines))
        } else {
            for byte in block where byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { shell.append(byte) }
        }
        shell.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[blockEnd...]))
        self.shell = shell
    }

    /// The index of the line break ending the line that starts at `start` (or the end).
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        SourceText.lineBreak(in: bytes, from: start) ?? bytes.count
    }

    /// True when the line `range` is exactly `text` (a carriage return before its break allowed).
    static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, is text: StaticString) -> Bool {
        var end = range.upperBound
        if end > range.lowerBound, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end - range.lowerBound == text.utf8CodeUnitCount else { return false }
        return UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end]).elementsEqual(
            UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// True when the line starting at `start` begins an item: `-` followed by a space or its break.
    private static func startsItem(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard bytes[start] == UInt8(ascii: "-") else { return false }
        guard start + 1 < bytes.count else { return true }
        let next = bytes[start + 1]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
    }
}
