import Glibc

/// The text libyaml reads for a ``TreeBuilder`` that skips bodies: the text itself, but for
/// the values the builder would skip and ``BlockValueCheck`` proves libyaml reads without a
/// problem. Each of those reaches libyaml as `{}` where its first line with content starts,
/// all its other lines left empty.
///
/// Most of a fleet's bytes are the bodies of kinds sppctl does not analyse (Deployments,
/// ConfigMaps, Secrets). The builder skips them anyway, keeping only an empty value where each
/// starts and the duplicate keys in it; here libyaml is spared reading them at all, and the
/// builder still sees what it saw: the value starts at the same line and column, every line
/// keeps its number, and every byte outside elided values is where it was. The values elided
/// are those the builder would skip (see ``TreeBuilder``'s `shouldSkipValue()`): a block
/// collection under a key of a document's root mapping other than apiVersion, kind, metadata
/// and items, after the document's kind (one whose body ``BodyPolicy`` does not keep) or its
/// apiVersion. A document with anything not known before such a value (a directive, an
/// indented root, an unusual root value) is read as it is from there.
struct ElidedInput {
    /// What is given to libyaml, in order: a run of the text, or an elided value.
    private enum Segment {
        case text(Range<Int>)
        /// `{}` at column `indent` after `before` line breaks, then `after` line breaks.
        case elided(before: Int, indent: Int, after: Int)

        var count: Int {
            switch self {
            case .text(let range): return range.count
            case .elided(let before, let indent, let after): return before + indent + 2 + after
            }
        }
    }

    /// How far the document being planned is known.
    private enum Reading {
        /// Its root mapping's keys are read, one at a time.
        case rootKeys
        /// Nothing more in it is elided: the text runs to the next document marker.
        case untilNextDocument
        /// Nothing more in the text is elided (after a directive or a document end marker).
        case done
    }

    private var check: BlockValueCheck
    /// Whether the body of an object of a kind (and apiVersion, when known) is kept.
    private let keepsBody: (String, String?) -> Bool
    private var segments: [Segment] = []
    /// The segment being given to libyaml, and how much of it has been.
    private var current = 0
    private var progress = 0
    /// Where in the text planning has reached: the start of a line.
    private var planned = 0
    /// The document being planned.
    private var reading = Reading.rootKeys
    /// The document's first kind and apiVersion, as the bytes of their values.
    private var kind: Range<Int>?
    private var apiVersion: Range<Int>?
    /// ``keepsBody``'s answers so far, for up to 16 kinds (a fleet has a dozen or so).
    private var answers: [(kind: Range<Int>, apiVersion: Range<Int>?, keeps: Bool)] = []
    /// How many bytes fewer than the text libyaml has been given, from each offset it was
    /// given on (see ``textOffset(ofGiven:)``); the bytes given so far, as planned.
    private var shifts: [(given: Int, removed: Int)] = []
    private var nextShift = 0
    private var removed = 0
    private var givenPlanned = 0
    private var removedPlanned = 0

    /// An input over `bytes` (a file's text, or a chunk of whole documents of it).
    init(_ bytes: UnsafeBufferPointer<UInt8>, keepsBody: @escaping (String, String?) -> Bool) {
        check = BlockValueCheck(bytes: bytes)
        self.keepsBody = keepsBody
    }

    /// Fills `buffer` with up to `capacity` bytes of what libyaml reads next; 0 at the end.
    mutating func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        var written = 0
        while written < capacity {
            if current == segments.count {
                guard planned < check.bytes.count else { break }
                plan()
                continue
            }
            let segment = segments[current]
            let count = min(capacity - written, segment.count - progress)
            switch segment {
            case .text(let range):
                memcpy(buffer + written, check.bytes.baseAddress! + range.lowerBound + progress, count)
            case .elided(let before, let indent, _):
                for index in progress..<progress + count {
                    let byte: UInt8
                    if index < before || index >= before + indent + 2 {
                        byte = 0x0A
                    } else if index < before + indent {
                        byte = 0x20
                    } else {
                        byte = index == before + indent ? UInt8(ascii: "{") : UInt8(ascii: "}")
                    }
                    buffer[written + index - progress] = byte
                }
            }
            written += count
            progress += count
            if progress == segment.count {
                current += 1
                progress = 0
            }
        }
        return written
    }

    /// The offset in the text of what libyaml was given at offset `given`, or less (never
    /// more): a document's start, to give back the pages before it. Asked in increasing order.
    mutating func textOffset(ofGiven given: Int) -> Int {
        while nextShift < shifts.count, shifts[nextShift].given <= given {
            removed = shifts[nextShift].removed
            nextShift += 1
        }
        if nextShift >= 1024 {
            shifts.removeFirst(nextShift)
            nextShift = 0
        }
        return given + removed
    }

    /// Plans the next lines of the text into ``segments`` (at least one).
    private mutating func plan() {
        segments.removeAll(keepingCapacity: true)
        current = 0
        progress = 0
        let bytes = check.bytes
        var textStart = planned
        var line = planned
        while line < bytes.count, segments.count < 32, line - textStart < 1 << 16 {
            if YAMLLoader.startsDocument(bytes, at: line) {
                let end = check.lineEnd(from: line)
                startDocument(known: reading != .done && check.skipSpaces(line + 3, end) == end)
                line = end < bytes.count ? end + 1 : end
                continue
            }
            switch reading {
            case .done:
                line = bytes.count
            case .untilNextDocument:
                line = nextDocument(after: line)
            case .rootKeys:
                guard let elided = rootKey(at: line) else { continue }
                line = elided.end
                guard let value = elided.value else { continue }
                let given = value.count
                if elided.from > textStart { append(.text(textStart..<elided.from)) }
                append(value)
                removedPlanned += max(0, line - elided.from - given)
                shifts.append((givenPlanned, removedPlanned))
                textStart = line
            }
        }
        if line > textStart { append(.text(textStart..<line)) }
        planned = line
    }

    private mutating func append(_ segment: Segment) {
        segments.append(segment)
        givenPlanned += segment.count
    }

    /// Reads the root mapping's line at `line` and its value: where they end, and the value's
    /// start and what libyaml is given for it when it is elided. Nil (and nothing read) when
    /// the rest of the document is not known or needs no more planning.
    private mutating func rootKey(at line: Int) -> (end: Int, from: Int, value: Segment?)? {
        let bytes = check.bytes
        if bytes[line] == UInt8(ascii: "%") || YAMLLoader.startsMarker(bytes, at: line, of: UInt8(ascii: ".")) {
            reading = .done
            return nil
        }
        let end = check.lineEnd(from: line)
        let next = end < bytes.count ? end + 1 : end
        let content = check.skipSpaces(line, end)
        if content == end || bytes[content] == UInt8(ascii: "#") { return (next, next, nil) }
        if bytes[content] == 0x09 { return notKnown() }
        guard content == line, let (key, after) = check.key(at: line, end: end),
              let form = check.inline(at: check.skipSpaces(after, end), end: end, exact: true) else { return notKnown() }
        let name = RootKey(bytes, key)
        switch form {
        case .complete(let scalar):
            guard let value = check.value(from: next, parentIndent: 0, blockScalar: false), value.firstContent == nil else { return notKnown() }
            if name == .kind || name == .apiVersion {
                guard let scalar else { return notKnown() }
                take(name, scalar)
            }
            return (value.end, next, nil)
        case .blockScalar, .empty:
            var isBlockScalar: Bool { if case .blockScalar = form { true } else { false } }
            guard name != .kind, name != .apiVersion,
                  let value = check.value(from: next, parentIndent: 0, blockScalar: isBlockScalar) else { return notKnown() }
            guard name == .other, let first = value.firstContent, skipsValues() else { return (value.end, next, nil) }
            return (value.end, next, .elided(before: first.lineBreaks, indent: first.indent, after: value.lineBreaks - first.lineBreaks))
        }
    }

    /// Nothing more of the document is known: it is given to libyaml as it is.
    private mutating func notKnown() -> (end: Int, from: Int, value: Segment?)? {
        reading = .untilNextDocument
        return nil
    }

    /// Keeps the document's first kind or apiVersion; once both are known and its body is
    /// kept, nothing more of it is planned.
    private mutating func take(_ name: RootKey, _ value: Range<Int>) {
        if name == .kind, kind == nil {
            kind = value
        } else if name == .apiVersion, apiVersion == nil {
            apiVersion = value
        }
        if let kind, apiVersion != nil, keeps(kind: kind, apiVersion: apiVersion) { reading = .untilNextDocument }
    }

    /// ``keepsBody``'s answer for the kind and apiVersion whose values are `kind` and `apiVersion`.
    private mutating func keeps(kind: Range<Int>, apiVersion: Range<Int>?) -> Bool {
        for answer in answers where same(answer.kind, kind) && same(answer.apiVersion, apiVersion) { return answer.keeps }
        let bytes = check.bytes
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        let keeps = keepsBody(text(kind), apiVersion.map(text))
        if answers.count < 16 { answers.append((kind, apiVersion, keeps)) }
        return keeps
    }

    /// True when the bytes of `one` and `other` are the same (or both are missing).
    private func same(_ one: Range<Int>?, _ other: Range<Int>?) -> Bool {
        guard let one, let other else { return one == nil && other == nil }
        return one.count == other.count
            && memcmp(check.bytes.baseAddress! + one.lowerBound, check.bytes.baseAddress! + other.lowerBound, one.count) == 0
    }

    /// True when the builder skips a value under the next key (one other than apiVersion,
    /// kind, metadata and items): the kind came before, and its body is not kept; or it has
    /// not come yet but the apiVersion has (the builder skips the value for now, and parses
    /// the document again should the kind keep its body).
    private mutating func skipsValues() -> Bool {
        if let kind { return !keeps(kind: kind, apiVersion: apiVersion) }
        return apiVersion != nil
    }

    private mutating func startDocument(known: Bool) {
        reading = known ? .rootKeys : (reading == .done ? .done : .untilNextDocument)
        kind = nil
        apiVersion = nil
    }

    /// The start of the next line after the one at `line` that starts with a document marker, or the end.
    private func nextDocument(after line: Int) -> Int {
        let bytes = check.bytes
        var start = line
        while true {
            let end = check.lineEnd(from: start)
            guard end < bytes.count else { return bytes.count }
            start = end + 1
            if YAMLLoader.startsDocument(bytes, at: start) { return start }
        }
    }

    /// The keys of a root mapping that tell what is elided.
    private enum RootKey {
        case apiVersion, kind, metadata, items, other

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) {
            func named(_ name: StaticString) -> Bool {
                memcmp(bytes.baseAddress! + key.lowerBound, name.utf8Start, key.count) == 0
            }
            switch key.count {
            case 10 where named("apiVersion"): self = .apiVersion
            case 4 where named("kind"): self = .kind
            case 8 where named("metadata"): self = .metadata
            case 5 where named("items"): self = .items
            default: self = .other
            }
        }
    }
}
