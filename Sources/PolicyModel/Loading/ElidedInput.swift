import Glibc

/// The text libyaml reads for a ``TreeBuilder`` that skips bodies: the text itself, but for
/// the values the builder would skip and ``BlockValueCheck`` proves libyaml reads without a
/// problem. Each of those reaches libyaml as `{}` (a sequence as `-`) where its first line
/// with content starts, all its other lines left empty; a flow collection on its key's line
/// as `{}` where it starts, the rest of that line dropped.
///
/// Most of a fleet's bytes are the bodies of kinds sppctl does not analyse (Deployments,
/// ConfigMaps, Secrets). The builder skips them anyway, keeping only an empty value where each
/// starts and the duplicate keys in it; here libyaml is spared reading them at all, and the
/// builder still sees what it saw: the value starts at the same line and column, every line
/// keeps its number, and every byte outside elided values is where it was. The values elided
/// are those the builder would skip (see ``TreeBuilder``'s `shouldSkipValue()`): a collection
/// under a key of an object (a document's root mapping, or an item of a List) other than
/// apiVersion, kind, metadata and items, after the object's kind (one whose body
/// ``BodyPolicy`` does not keep) or, at the root, its apiVersion. A document with anything
/// not known before such a value (a directive, an indented root, an unusual root value) is
/// read as it is from there.
struct ElidedInput {
    /// What is given to libyaml, in order: a run of the text, or an elided value.
    fileprivate enum Segment {
        case text(Range<Int>)
        /// `{}` (or `-`, for a sequence) at column `indent` after `before` line breaks, then
        /// `after` line breaks.
        case elided(before: Int, indent: Int, sequence: Bool, after: Int)

        var count: Int {
            switch self {
            case .text(let range): return range.count
            case .elided(let before, let indent, let sequence, let after): return before + indent + (sequence ? 1 : 2) + after
            }
        }
    }

    /// How far the document being planned is known.
    private enum Reading: Equatable {
        /// Its root mapping's keys are read, one at a time.
        case rootKeys
        /// The items of a List are read: entries of a sequence at column `sequence` (nil until
        /// the first one sets it), each an object whose keys are at column `keys`.
        case listItems(sequence: Int?, keys: Int?)
        /// Nothing more in it is elided: the text runs to the next document marker.
        case untilNextDocument
        /// Nothing more in the text is elided (after a directive or a document end marker).
        case done
    }

    /// An object's first kind and apiVersion, as the bytes of their values.
    private struct Envelope {
        var kind: Range<Int>?
        var apiVersion: Range<Int>?
    }

    /// What an input keeps from one file to the next (see ``BuilderStorage``): the arrays it
    /// grows, emptied, and its answers about bodies.
    struct Storage: Sendable {
        fileprivate var segments: [Segment] = []
        fileprivate var shifts: [(given: Int, removed: Int)] = []
        fileprivate var answers: [Answer] = []
        fileprivate var check = BlockValueCheck.Storage()
    }

    /// ``keepsBody``'s answer for a kind and apiVersion (their values' bytes).
    fileprivate struct Answer: Sendable {
        let kind: [UInt8]
        let apiVersion: [UInt8]?
        let keeps: Bool
    }

    private var check: BlockValueCheck
    /// Whether the body of an object of a kind (and apiVersion, when known) is kept.
    private let keepsBody: (String, String?) -> Bool
    private var segments: [Segment]
    /// The segment being given to libyaml, and how much of it has been.
    private var current = 0
    private var progress = 0
    /// Where in the text planning has reached: the start of a line.
    private var planned = 0
    /// The document being planned.
    private var reading = Reading.rootKeys
    /// True when the text is a run of a List's items (see ``ListSplit``).
    private let listItemsFragment: Bool
    /// The loader's depth limit (``LoadLimits/maxDepth``): no value deeper than it allows is elided.
    private let maxDepth: Int
    /// The envelope of the document's root, and of the List item being read.
    private var root = Envelope()
    private var item = Envelope()
    /// ``keepsBody``'s answers so far, for up to 32 kinds (a fleet has a dozen or so).
    private var answers: [Answer]
    /// How many bytes fewer than the text libyaml has been given, from the start of each
    /// document marker it was given on (see ``textOffset(ofGiven:)``); the bytes given so far,
    /// as planned.
    private var shifts: [(given: Int, removed: Int)]
    private var nextShift = 0
    private var removed = 0
    private var givenPlanned = 0
    private var removedPlanned = 0

    /// An input over `bytes`: a file's text, a chunk of whole documents of it, or a run of a
    /// List's items (`listItemsFragment`).
    /// `storage` is what an input released before (see ``release()``).
    init(_ bytes: UnsafeBufferPointer<UInt8>, listItemsFragment: Bool = false, maxDepth: Int = LoadLimits.standard.maxDepth,
         storage: Storage = Storage(), keepsBody: @escaping (String, String?) -> Bool) {
        self.maxDepth = maxDepth
        check = BlockValueCheck(bytes: bytes, storage: storage.check)
        segments = storage.segments
        shifts = storage.shifts
        answers = storage.answers
        self.keepsBody = keepsBody
        self.listItemsFragment = listItemsFragment
        reading = listItemsFragment ? .listItems(sequence: nil, keys: nil) : .rootKeys
    }

    /// What the next input may keep: this one's arrays, emptied, and its answers.
    mutating func release() -> Storage {
        segments.removeAll(keepingCapacity: true)
        shifts.removeAll(keepingCapacity: true)
        var storage = Storage(check: check.release())
        swap(&storage.segments, &segments)
        swap(&storage.shifts, &shifts)
        swap(&storage.answers, &answers)
        return storage
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
            case .elided(let before, let indent, let sequence, _):
                // A sequence's `-` at its first entry's place: `{}` at a sequence's place in its
                // mapping's column (`key:` then `- item`) would be a key to libyaml.
                let token: StaticString = sequence ? "-" : "{}"
                for index in progress..<progress + count {
                    let byte: UInt8
                    if index < before || index >= before + indent + token.utf8CodeUnitCount {
                        byte = 0x0A
                    } else if index < before + indent {
                        byte = 0x20
                    } else {
                        byte = token.utf8Start[index - before - indent]
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

    /// The offset in the text of the document start libyaml was given at offset `given`, or
    /// less (never more), to give back the pages before it. Asked in increasing order.
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
                // Where libyaml starts the document, for ``textOffset(ofGiven:)``.
                shifts.append((givenPlanned + line - textStart, removedPlanned))
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
            case .rootKeys, .listItems:
                guard let read = objectKey(at: line) else { continue }
                line = read.end
                guard let elided = read.elided else { continue }
                if elided.bytes.lowerBound > textStart { append(.text(textStart..<elided.bytes.lowerBound)) }
                append(elided.given)
                removedPlanned += max(0, elided.bytes.count - elided.given.count)
                textStart = elided.bytes.upperBound
            }
        }
        if line > textStart { append(.text(textStart..<line)) }
        planned = line
    }

    private mutating func append(_ segment: Segment) {
        segments.append(segment)
        givenPlanned += segment.count
    }

    /// Reads the line at `line`, of the root mapping or of a List's items, and the value of the
    /// key on it: where they end, and, when the value is elided, its bytes and what libyaml is
    /// given for them. Nil (and nothing read) when the rest of the document is not known, needs
    /// no more planning, or is read another way from this line on.
    private mutating func objectKey(at line: Int) -> (end: Int, elided: (bytes: Range<Int>, given: Segment)?)? {
        let bytes = check.bytes
        if bytes[line] == UInt8(ascii: "%") || YAMLLoader.startsMarker(bytes, at: line, of: UInt8(ascii: ".")) {
            reading = .done
            return nil
        }
        let end = check.lineEnd(from: line)
        let next = end < bytes.count ? end + 1 : end
        let content = check.skipSpaces(line, end)
        if content == end || bytes[content] == UInt8(ascii: "#") { return (next, nil) }
        if bytes[content] == 0x09 { return notKnown() }
        var keyStart = content
        let isRoot: Bool
        switch reading {
        case .listItems(let sequence, let keys):
            if content - line == (sequence ?? content - line), check.isSequenceEntry(content, end) {
                // An item starts: an object whose first key is on the entry's line.
                keyStart = check.skipSpaces(content + 1, end)
                guard keyStart > content + 1, keyStart < end else { return notKnown() }
                reading = .listItems(sequence: content - line, keys: keyStart - line)
                item = Envelope()
            } else if keys == nil || content - line != keys {
                // The items end: a key of the root mapping comes, or what is not known.
                guard content == line, !listItemsFragment else { return notKnown() }
                reading = .rootKeys
                return nil
            }
            isRoot = false
        default:
            guard content == line else { return notKnown() }
            isRoot = true
        }
        let indent = keyStart - line
        guard let (key, after) = check.key(at: keyStart, end: end) else { return notKnown() }
        let valueStart = check.skipSpaces(after, end)
        // The builder counts the containers open above a value toward its depth limit: the
        // root mapping; or the root, its items and the item (or, in a run of items, the
        // items, the item and the containers around them).
        let depthLimit = maxDepth - (isRoot ? 1 : 3)
        guard let form = check.lineValue(at: valueStart, end: end, exact: true, depthLimit: depthLimit) else { return notKnown() }
        let name = ObjectKey(bytes, key)
        switch form {
        case .complete(let scalar):
            // Most often the next line is the next key, or less indented: nothing follows.
            var valueEnd = next
            if !endsValue(atLine: next, indent: indent) {
                guard let value = check.value(from: next, parentIndent: indent, blockScalar: false, depthLimit: depthLimit),
                      value.firstContent == nil else { return notKnown() }
                valueEnd = value.end
            }
            if name == .kind || name == .apiVersion {
                guard let scalar else { return notKnown() }
                take(name, scalar, isRoot: isRoot)
            }
            // A flow collection (no scalar) on the key's line: `{}` where it starts, and the rest of the line dropped.
            guard scalar == nil, name == .other, skipsValues(isRoot: isRoot) else { return (valueEnd, nil) }
            return (valueEnd, (valueStart..<end, .elided(before: 0, indent: 0, sequence: false, after: 0)))
        case .empty where isRoot && name == .items && startsListItems():
            reading = .listItems(sequence: nil, keys: nil)
            return (next, nil)
        case .blockScalar, .empty:
            var isBlockScalar: Bool { if case .blockScalar = form { true } else { false } }
            guard name != .kind, name != .apiVersion,
                  let value = check.value(from: next, parentIndent: indent, blockScalar: isBlockScalar, depthLimit: depthLimit) else { return notKnown() }
            guard name == .other, let first = value.firstContent, skipsValues(isRoot: isRoot) else { return (value.end, nil) }
            return (value.end, (next..<value.end, .elided(before: first.lineBreaks, indent: first.indent, sequence: value.isSequence,
                                                          after: value.lineBreaks - first.lineBreaks)))
        }
    }

    /// True when the line at `line` is the end of the text, or has content (neither blank nor a
    /// comment) indented less than `indent`, or as much but not a sequence's entry: no value
    /// of a key at column `indent` goes on there.
    private func endsValue(atLine line: Int, indent: Int) -> Bool {
        let bytes = check.bytes
        guard line < bytes.count else { return true }
        let end = check.lineEnd(from: line)
        let content = check.skipSpaces(line, end)
        guard content < end, bytes[content] != UInt8(ascii: "#"), bytes[content] != 0x09 else { return false }
        return content - line < indent || (content - line == indent && !check.isSequenceEntry(content, end))
    }

    /// True when the root's `items` holds a List's items: the root's kind, if it came, ends with `List`.
    private func startsListItems() -> Bool {
        guard let kind = root.kind else { return true }
        let list = "List".utf8
        return kind.count >= list.count && check.bytes[kind.upperBound - list.count..<kind.upperBound].elementsEqual(list)
    }

    /// Nothing more of the document is known: it is given to libyaml as it is.
    private mutating func notKnown() -> (end: Int, elided: (bytes: Range<Int>, given: Segment)?)? {
        reading = .untilNextDocument
        return nil
    }

    /// Keeps the first kind or apiVersion of the root or of the List item; once both of the
    /// root's are known and its body is kept (and it is no List), nothing more of the document
    /// is planned.
    private mutating func take(_ name: ObjectKey, _ value: Range<Int>, isRoot: Bool) {
        var envelope = isRoot ? root : item
        if name == .kind, envelope.kind == nil {
            envelope.kind = value
        } else if name == .apiVersion, envelope.apiVersion == nil {
            envelope.apiVersion = value
        }
        if isRoot {
            root = envelope
            // A List's items are read still (``startsListItems()``).
            if let kind = root.kind, root.apiVersion != nil, !startsListItems(), keeps(kind: kind, apiVersion: root.apiVersion) {
                reading = .untilNextDocument
            }
        } else {
            item = envelope
        }
    }

    /// ``keepsBody``'s answer for the kind and apiVersion whose values are `kind` and `apiVersion`.
    private mutating func keeps(kind: Range<Int>, apiVersion: Range<Int>?) -> Bool {
        for index in answers.indices where matches(answers[index].kind, kind) && matches(answers[index].apiVersion, apiVersion) {
            return answers[index].keeps
        }
        let bytes = check.bytes
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        let keeps = keepsBody(text(kind), apiVersion.map(text))
        if answers.count < 32 { answers.append(Answer(kind: Array(bytes[kind]), apiVersion: apiVersion.map { Array(bytes[$0]) }, keeps: keeps)) }
        return keeps
    }

    /// True when `known` holds the bytes of `range` (or both are missing).
    private func matches(_ known: [UInt8]?, _ range: Range<Int>?) -> Bool {
        guard let known, let range else { return known == nil && range == nil }
        guard known.count == range.count else { return false }
        return known.withUnsafeBufferPointer { known in
            known.isEmpty || memcmp(known.baseAddress!, check.bytes.baseAddress! + range.lowerBound, range.count) == 0
        }
    }

    /// True when the builder skips a value under the next key (one other than apiVersion,
    /// kind, metadata and items) of the root, or of the List item (`isRoot` false): the
    /// object's kind came before, and its body is not kept; or, for the root, the kind has not
    /// come yet but the apiVersion has (the builder skips the value for now, and parses the
    /// document again should the kind keep its body).
    private mutating func skipsValues(isRoot: Bool) -> Bool {
        let envelope = isRoot ? root : item
        if let kind = envelope.kind { return !keeps(kind: kind, apiVersion: envelope.apiVersion) }
        return isRoot && envelope.apiVersion != nil
    }

    private mutating func startDocument(known: Bool) {
        reading = known ? .rootKeys : (reading == .done ? .done : .untilNextDocument)
        root = Envelope()
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

    /// The keys of an object that tell what is elided.
    private enum ObjectKey {
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
