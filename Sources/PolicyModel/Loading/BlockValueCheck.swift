import Glibc

/// Tells, without libyaml, that lines of YAML are a value libyaml reads without a problem,
/// with no duplicate key, anchor, alias, tag or merge key in it: the proof ``ElidedInput``
/// needs before libyaml is spared a value whose contents sppctl would skip anyway.
///
/// It knows a small part of YAML, the part manifests are written in: block mappings and
/// sequences indented with spaces, keys of letters, digits and `._/-` (or quoted without
/// escapes), plain scalars on one line, quoted scalars without escapes on one line, literal
/// and folded block scalars, and flow mappings and sequences that close on their line; quoted
/// and flow scalars of printable ASCII only. Anything else (a multi-line plain scalar, an
/// escape, a tab in an indentation, a complex key, a mapping of more than 64 keys) is not
/// known, and is left to libyaml: "not known" never means "wrong".
struct BlockValueCheck {
    /// The text, as parsed.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The arrays a check grows, kept from one to the next (see ``ElidedInput/Storage``).
    struct Storage: Sendable {
        fileprivate var open: [Open] = []
        fileprivate var keys: [Range<Int>] = []
    }

    /// A block collection that is open.
    fileprivate struct Open {
        let indent: Int
        let isMapping: Bool
        /// True after a key (or a `-`) whose value, if any, comes on the lines below.
        var awaiting = false
        /// True for a sequence at its mapping's own indentation (`key:` then `- item`).
        var indentless = false
        /// Where its keys start in ``keys``.
        let keysStart: Int
    }

    /// What the lines of a value are, when known.
    struct Value {
        /// Where the value ends: the start of the first line that is not part of it, or the end.
        let end: Int
        /// The line breaks in it.
        let lineBreaks: Int
        /// Its first line with content (not blank, not a comment), when it has one: where that
        /// line starts, its indentation, and the line breaks before it in the value.
        let firstContent: (offset: Int, indent: Int, lineBreaks: Int)?
        /// True when it is a block sequence (its first line is an entry).
        let isSequence: Bool
    }

    /// A scalar or flow collection that ends on its line.
    enum Inline {
        /// Nothing but spaces and a comment: the value, if any, is on the lines below.
        case empty
        /// A literal or folded block scalar's header.
        case blockScalar
        /// A scalar (the bytes of its value: plain, or quoted without escapes) or a flow
        /// collection (nil).
        case complete(Range<Int>?)
    }

    /// The open collections, innermost last: the first ``openCount`` (the array is kept at
    /// its largest, so that a value costs no allocation).
    private var open: [Open]
    private var openCount = 0
    /// The keys of the open mappings (and of the flow mappings being read), innermost last:
    /// the first ``keyCount``.
    private var keys: [Range<Int>]
    private var keyCount = 0

    /// The deepest nesting of collections known, within the value.
    private static var maxDepth: Int { 24 }
    /// The deepest nesting of collections known in the value being read: no deeper than the
    /// loader's limit allows there (see ``value(from:parentIndent:blockScalar:depthLimit:)``).
    private var depthLimit = 0
    /// The most keys of one mapping that are compared (each with each).
    private static var maxKeys: Int { 64 }
    /// libyaml takes at most 1024 characters for a key without `?`.
    private static var maxKeyLength: Int { 1000 }

    /// A check of `bytes`, with arrays a check released before (see ``release()``).
    init(bytes: UnsafeBufferPointer<UInt8>, storage: Storage = Storage()) {
        self.bytes = bytes
        open = storage.open
        keys = storage.keys
    }

    /// Its arrays, for the next check.
    mutating func release() -> Storage {
        var storage = Storage()
        swap(&storage.open, &open)
        swap(&storage.keys, &keys)
        return storage
    }

    /// The value of a key of a mapping at column `parentIndent` (0-based), whose own line ends
    /// before `start`: the lines from `start` until one with content indented no deeper than
    /// the mapping (but for the entries of a sequence at the mapping's own column, which are
    /// the value). `blockScalar` says the key's line ended with a block scalar's header; no
    /// collection in the value may be nested more than `depthLimit` deep (the value's own 1). Nil
    /// when they are not known to be read by libyaml without a problem, as a block collection,
    /// a block scalar's text or nothing.
    mutating func value(from start: Int, parentIndent: Int, blockScalar: Bool, depthLimit: Int) -> Value? {
        openCount = 0
        keyCount = 0
        self.depthLimit = min(Self.maxDepth, depthLimit)
        // A block scalar's least indentation (libyaml's: one more than its parent's), and its
        // own once its first line with text sets it.
        var scalar: (least: Int, indent: Int?)? = blockScalar ? (parentIndent + 1, nil) : nil
        var first: (offset: Int, indent: Int, lineBreaks: Int)?
        var lineBreaks = 0
        var line = start
        while line < bytes.count {
            let end = lineEnd(from: line)
            let next = end < bytes.count ? end + 1 : end
            let content = skipSpaces(line, end)
            let indent = content - line
            let blank = content == end
            // Only spaces indent (a tab there is an error); what the lines hold past their
            // indentation is checked by what reads it, but for a block scalar's text and a
            // comment, which may hold anything.
            if !blank, bytes[content] == 0x09 { return nil }
            if let block = scalar {
                if blank {
                    // Spaces alone before the first line of text may set the indentation.
                    if block.indent == nil, indent > 0 { return nil }
                    line = next
                    lineBreaks += next > end ? 1 : 0
                    continue
                }
                if let own = block.indent, indent >= own {
                    line = next
                    lineBreaks += next > end ? 1 : 0
                    continue
                }
                if block.indent == nil, indent >= block.least {
                    scalar = (block.least, indent)
                    line = next
                    lineBreaks += next > end ? 1 : 0
                    continue
                }
                scalar = nil
            }
            if blank || bytes[content] == UInt8(ascii: "#") {
                line = next
                lineBreaks += next > end ? 1 : 0
                continue
            }
            if indent <= parentIndent {
                // Only a sequence at the mapping's column (`key:` then `- item`) goes on.
                guard indent == parentIndent, isSequenceEntry(content, end), first == nil || open[0].indentless else { break }
            }
            // After a block scalar's text, only a line of the mapping around it may come.
            if blockScalar { return nil }
            guard place(line: line, content: content, end: end, parentIndent: parentIndent, first: &first, lineBreaks: lineBreaks),
                  let form = self.content(at: content, end: end, line: line) else { return nil }
            if case .blockScalar = form { scalar = (open[openCount - 1].indent + 1, nil) }
            line = next
            lineBreaks += next > end ? 1 : 0
        }
        return Value(end: line, lineBreaks: lineBreaks, firstContent: first, isSequence: first != nil && !open[0].isMapping)
    }

    /// Fits the line with content at `content` into the open collections (of the value of a key
    /// at column `parentIndent`): closes those it is
    /// less indented than, and opens the one it starts. False when libyaml might not read it so.
    private mutating func place(line: Int, content: Int, end: Int, parentIndent: Int, first: inout (offset: Int, indent: Int, lineBreaks: Int)?,
                                lineBreaks: Int) -> Bool {
        let indent = content - line
        let isEntry = isSequenceEntry(content, end)
        while openCount > 0, open[openCount - 1].indent > indent {
            openCount -= 1
            keyCount = open[openCount].keysStart
        }
        guard openCount > 0 else {
            // The value's first line opens it; a line less indented than that is not known.
            guard first == nil else { return false }
            first = (line, indent, lineBreaks)
            return push(Open(indent: indent, isMapping: !isEntry, indentless: indent == parentIndent, keysStart: keyCount))
        }
        let last = openCount - 1
        if open[last].indent == indent {
            if isEntry {
                if open[last].isMapping {
                    guard open[last].awaiting else { return false }
                    open[last].awaiting = false
                    return push(Open(indent: indent, isMapping: false, indentless: true, keysStart: keyCount))
                } else {
                    open[last].awaiting = false
                }
            } else if open[last].isMapping {
                open[last].awaiting = false
            } else {
                // A key where a sequence was: only the end of a sequence at its mapping's indentation.
                guard open[last].indentless, last > 0 else { return false }
                openCount -= 1
                open[openCount - 1].awaiting = false
            }
            return true
        }
        // More indented: the value of the key or `-` before.
        guard open[last].awaiting else { return false }
        open[last].awaiting = false
        return push(Open(indent: indent, isMapping: !isEntry, keysStart: keyCount))
    }

    /// Opens `collection`, unless that is deeper than known.
    private mutating func push(_ collection: Open) -> Bool {
        guard openCount < depthLimit else { return false }
        if openCount < open.count { open[openCount] = collection } else { open.append(collection) }
        openCount += 1
        return true
    }

    /// Reads the content of a line that ``place(line:content:end:first:lineBreaks:)`` fitted
    /// into the innermost collection: an entry of a sequence, or a key and its value.
    private mutating func content(at content: Int, end: Int, line: Int) -> Inline? {
        let innermost = openCount - 1
        guard !open[innermost].isMapping else { return entry(at: content, end: end) }
        let item = skipSpaces(content + 1, end)
        if item == end || bytes[item] == UInt8(ascii: "#") {
            open[innermost].awaiting = true
            return .empty
        }
        if isSequenceEntry(item, end) { return nil }
        if key(at: item, end: end) != nil {
            // `- key: value` opens a mapping at the key's column.
            guard push(Open(indent: item - line, isMapping: true, keysStart: keyCount)) else { return nil }
            return entry(at: item, end: end)
        }
        return inline(at: item, end: end)
    }

    /// A key and its value, in the innermost (mapping) collection.
    private mutating func entry(at start: Int, end: Int) -> Inline? {
        let innermost = openCount - 1
        guard let (key, after) = key(at: start, end: end), addKey(key, from: open[innermost].keysStart),
              let form = inline(at: skipSpaces(after, end), end: end) else { return nil }
        if case .empty = form { open[innermost].awaiting = true }
        return form
    }

    /// Adds `key` to the keys from `first` on, unless it is one of them or there are too many.
    private mutating func addKey(_ key: Range<Int>, from first: Int) -> Bool {
        guard keyCount - first < Self.maxKeys else { return false }
        for index in first..<keyCount where keys[index].count == key.count {
            if memcmp(bytes.baseAddress! + keys[index].lowerBound, bytes.baseAddress! + key.lowerBound, key.count) == 0 { return false }
        }
        if keyCount < keys.count { keys[keyCount] = key } else { keys.append(key) }
        keyCount += 1
        return true
    }

    // MARK: One line

    /// The index of the line feed that ends the line at `start`, or the end of the text.
    func lineEnd(from start: Int) -> Int {
        SourceText.lineBreak(in: bytes, from: start) ?? bytes.count
    }

    /// The first index from `start` that is not a space, or `end`.
    func skipSpaces(_ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == 0x20 { index += 1 }
        return index
    }

    /// True when the content at `index` is a sequence's entry: `-` then a space or the line's end.
    func isSequenceEntry(_ index: Int, _ end: Int) -> Bool {
        bytes[index] == UInt8(ascii: "-") && (index + 1 == end || bytes[index + 1] == 0x20)
    }

    /// A key at `start`, and the index after its `:`, when the line starts with a known key: a
    /// plain one of letters, digits and `._/-` (not first), or one quoted without escapes,
    /// then `:` and a space or the line's end.
    func key(at start: Int, end: Int) -> (key: Range<Int>, after: Int)? {
        let first = bytes[start]
        var close: Int
        var key: Range<Int>
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard let end = quoteEnd(start, end) else { return nil }
            close = end + 1
            key = start + 1..<end
        } else {
            guard ByteClass.isKey(first), first != UInt8(ascii: "-") else { return nil }
            close = start + 1
            while close < end, ByteClass.isKey(bytes[close]) { close += 1 }
            key = start..<close
        }
        guard close < end, bytes[close] == UInt8(ascii: ":"), close + 1 == end || bytes[close + 1] == 0x20,
              key.count <= Self.maxKeyLength else { return nil }
        return (key, close + 1)
    }

    /// The value on the line of a key, that starts at `start` (after the key's `:` and spaces),
    /// when known (see ``inline(at:end:exact:)``); no flow collection in it nested more than
    /// `depthLimit` deep.
    mutating func lineValue(at start: Int, end: Int, exact: Bool, depthLimit: Int) -> Inline? {
        openCount = 0
        keyCount = 0
        self.depthLimit = min(Self.maxDepth, depthLimit)
        return inline(at: start, end: end, exact: exact)
    }

    /// The value that starts at `start` (after a key's `:` or a `-`, and spaces) and ends on its
    /// line, when known. With `exact`, a plain scalar is known only when it is printable ASCII,
    /// and its bytes are given; else any plain scalar libyaml reads on its line is (its bytes
    /// are not given).
    private mutating func inline(at start: Int, end: Int, exact: Bool = false) -> Inline? {
        guard start < end else { return .empty }
        switch bytes[start] {
        case UInt8(ascii: "#"):
            return .empty
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            var index = start + 1
            if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            return trailer(index, end) ? .blockScalar : nil
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let close = quoteEnd(start, end), trailer(close + 1, end) else { return nil }
            return .complete(start + 1..<close)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard let after = flow(at: start, end: end, depth: openCount + 1), trailer(after, end) else { return nil }
            return .complete(nil)
        default:
            // `-` then a character other than a space starts a plain scalar too (`--flag`, `-1`).
            let dash = bytes[start] == UInt8(ascii: "-") && start + 1 < end && bytes[start + 1] != 0x20 && bytes[start + 1] != 0x09
            guard !Self.isIndicator(bytes[start]) || dash else { return nil }
            guard exact else { return isPlainScalar(from: start, end: end) ? .complete(nil) : nil }
            var index = start
            var last = start
            while index < end {
                let byte = bytes[index]
                index += 1
                guard ByteClass.needsLook(inPlainScalar: byte) else {
                    last = index
                    continue
                }
                if byte == 0x20 {
                    if index < end, bytes[index] == UInt8(ascii: "#") { break }
                    continue
                }
                // `:` then a space or the line's end would be a key; brackets, tabs, carriage
                // returns and bytes past ASCII are left to libyaml.
                guard byte == UInt8(ascii: ":"), index < end, bytes[index] != 0x20 else { return nil }
                last = index
            }
            return .complete(start..<last)
        }
    }

    /// True when the rest of the line from `start` (not an indicator) is one plain scalar to
    /// libyaml, in a block: no `:` in it is followed by a space or ends the line, until a
    /// comment starts (a space or a tab, then `#`).
    private func isPlainScalar(from start: Int, end: Int) -> Bool {
        let base = bytes.baseAddress!
        var index = start
        while index < end, let found = memchr(base + index, Int32(UInt8(ascii: ":")), end - index) {
            let colon = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if colon + 1 == end || bytes[colon + 1] == 0x20 || bytes[colon + 1] == 0x09 {
                // Fine only in a comment.
                var hash = start
                while hash < colon, let found = memchr(base + hash, Int32(UInt8(ascii: "#")), colon - hash) {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if bytes[at - 1] == 0x20 || bytes[at - 1] == 0x09 { return true }
                    hash = at + 1
                }
                return false
            }
            index = colon + 1
        }
        return true
    }

    /// The index after the flow collection at `start` (`{` or `[`), when it closes on its line
    /// and is known: entries separated by `,` without a last one, each a flow collection, a
    /// quoted scalar without escapes or a plain scalar without `:`, `#` or brackets; a
    /// mapping's keys are known keys followed by `: `, none twice.
    private mutating func flow(at start: Int, end: Int, depth: Int) -> Int? {
        guard depth <= depthLimit else { return nil }
        let isMapping = bytes[start] == UInt8(ascii: "{")
        let closer = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let keysStart = keyCount
        defer { keyCount = keysStart }
        var index = skipSpaces(start + 1, end)
        if index < end, bytes[index] == closer { return index + 1 }
        while true {
            if isMapping {
                guard index < end, let (key, after) = flowKey(at: index, end: end), addKey(key, from: keysStart) else { return nil }
                index = skipSpaces(after, end)
            }
            guard index < end, let after = flowValue(at: index, end: end, depth: depth) else { return nil }
            index = skipSpaces(after, end)
            guard index < end else { return nil }
            if bytes[index] == closer { return index + 1 }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index = skipSpaces(index + 1, end)
            guard index < end, bytes[index] != closer else { return nil }
        }
    }

    /// A flow mapping's key at `start` and the index after its `: `.
    private func flowKey(at start: Int, end: Int) -> (key: Range<Int>, after: Int)? {
        guard let (key, after) = key(at: start, end: end), after < end else { return nil }
        return (key, after)
    }

    /// The index after the flow value at `start`.
    private mutating func flowValue(at start: Int, end: Int, depth: Int) -> Int? {
        let first = bytes[start]
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return flow(at: start, end: end, depth: depth + 1) }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") { return quoteEnd(start, end).map { $0 + 1 } }
        guard !Self.isIndicator(first) else { return nil }
        var index = start
        var last = start
        while index < end {
            let byte = bytes[index]
            if ByteClass.needsLook(inFlowScalar: byte) {
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { break }
                guard byte == 0x20 else { return nil }
                index += 1
                continue
            }
            index += 1
            last = index
        }
        return index < end ? last : nil
    }

    /// The index of the quote that closes the one at `start` on its line, when the scalar has
    /// no escape: no backslash in double quotes, no doubled quote in single quotes.
    private func quoteEnd(_ start: Int, _ end: Int) -> Int? {
        let quote = bytes[start]
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == quote {
                if quote == UInt8(ascii: "'"), index + 1 < end, bytes[index + 1] == quote { return nil }
                return index
            }
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { return nil }
            guard byte >= 0x20, byte < 0x7F else { return nil }
            index += 1
        }
        return nil
    }

    /// True when nothing but spaces, then the line's end or a comment, is left from `start`.
    private func trailer(_ start: Int, _ end: Int) -> Bool {
        let index = skipSpaces(start, end)
        return index == end || (index > start && bytes[index] == UInt8(ascii: "#"))
    }

    /// The characters a plain scalar may not start with (YAML's indicators).
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), 0x20, 0x09:
            return true
        default:
            return false
        }
    }
}
