extension ListSplit {
    /// The cut of `bytes` into about `count` runs of items: as JSON when the text starts
    /// (after whitespace) with `{`, else as YAML; nil when it is not a List written that way.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> ListSplit? {
        var first = 0
        while first < bytes.count, Self.isWhitespace(bytes[first]) { first += 1 }
        return first < bytes.count && bytes[first] == UInt8(ascii: "{") ? ListSplit(json: bytes, count: count) : ListSplit(bytes, count: count)
    }

    /// A List written as JSON the way `kubectl get -o json` (or `jq`) writes one, cut between
    /// its items: the line `"items": [` (after spaces); each item starting on a line that is
    /// `{` after more spaces, the same for every item, the first right after that line and
    /// each other one after a line that is `},` at the same indentation; and the array closed
    /// by a line starting with `]` at the `"items"` line's indentation.
    ///
    /// Each run of items is parsed as a flow sequence: in its fragment's copy the space before
    /// its first `{` becomes `[` and the comma after its last `}` becomes `]` (the last run ends
    /// at the array's own `]`), so every other byte stays at its line and column. As for YAML,
    /// only the starts of lines are looked at; a run that is not what it seems does not parse
    /// as one sequence of items, and the loader then parses the document whole.
    init?(json bytes: UnsafeBufferPointer<UInt8>, count: Int) {
        // The line `"items": [`, and where its `[` is.
        var lineStart = 0
        var line = 1
        var items: (indent: Int, open: Int, lineStart: Int)?
        while lineStart < bytes.count {
            let lineEnd = Self.lineEnd(bytes, from: lineStart)
            let indent = Self.spaces(bytes, from: lineStart, end: lineEnd)
            let content = lineStart + indent
            if Self.line(bytes, content..<lineEnd, is: "\"items\": [") {
                items = (indent, content + 9, lineStart)
            } else if Self.line(bytes, content..<lineEnd, is: "\"items\":[") {
                items = (indent, content + 8, lineStart)
            }
            lineStart = lineEnd + 1
            if items != nil { break }
            line += 1
        }
        guard let items, lineStart < bytes.count else { return nil }
        // The items' lines, up to the one that closes the array.
        var itemIndent: Int?
        var itemStarts: [(lineStart: Int, brace: Int, lineBreaks: Int, comma: Int?)] = []
        var previousComma: Int?
        var lineBreaks = line
        var close: (offset: Int, lineStart: Int, lineBreaks: Int)?
        while lineStart < bytes.count {
            let lineEnd = Self.lineEnd(bytes, from: lineStart)
            // Spaces past the items' indentation do not matter: only so many are counted.
            let indent = Self.spaces(bytes, from: lineStart, end: itemIndent.map { min(lineEnd, lineStart + $0 + 1) } ?? lineEnd)
            let content = lineStart + indent
            if indent == items.indent, content < lineEnd, bytes[content] == UInt8(ascii: "]") {
                close = (content, lineStart, lineBreaks)
                break
            }
            let isOpen = Self.line(bytes, content..<lineEnd, is: "{")
            if itemIndent == nil {
                // The first item starts on the line after `"items": [`.
                guard isOpen, indent > items.indent else { return nil }
                itemIndent = indent
            }
            if indent == itemIndent {
                if isOpen { itemStarts.append((lineStart, content, lineBreaks, previousComma)) }
                previousComma = Self.line(bytes, content..<lineEnd, is: "},") ? content + 1 : nil
            } else {
                previousComma = nil
            }
            guard lineEnd < bytes.count else { return nil }
            lineBreaks += 1
            lineStart = lineEnd + 1
        }
        guard let close, itemStarts.count > 1 else { return nil }
        // About equal runs of bytes, each starting at an item that follows a `},` line.
        var chosen = [itemStarts[0]]
        let target = max(1, (close.offset - itemStarts[0].lineStart) / max(1, count))
        for start in itemStarts.dropFirst() where start.comma != nil && start.lineStart >= chosen[chosen.count - 1].lineStart + target {
            chosen.append(start)
        }
        var fragments: [Range<Int>] = []
        var patches: [[Patch]] = []
        for (index, start) in chosen.enumerated() {
            var patch = [Patch(offset: start.brace - 1, byte: UInt8(ascii: "["))]
            if index + 1 < chosen.count, let comma = chosen[index + 1].comma {
                fragments.append(start.lineStart..<comma + 1)
                patch.append(Patch(offset: comma, byte: UInt8(ascii: "]")))
            } else {
                fragments.append(start.lineStart..<close.offset + 1)
            }
            patches.append(patch)
        }
        self.fragments = fragments
        self.patches = patches
        fragmentLineOffsets = chosen.map(\.lineBreaks)
        itemsLine = line
        itemsColumn = items.open - items.lineStart + 1
        // The document without the items: up to `[`, the line breaks between it and the line of
        // `]` (that of `[`'s line and of every item line), then from the start of `]`'s line on.
        let itemLineBreaks = close.lineBreaks - line + 1
        var shell: [UInt8] = []
        shell.reserveCapacity(items.open + 1 + itemLineBreaks + bytes.count - close.lineStart)
        shell.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[...items.open]))
        shell.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: itemLineBreaks))
        shell.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[close.lineStart...]))
        self.shell = shell
    }

    /// The number of spaces that start `bytes[start..<end]`.
    private static func spaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index - start
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
