internal import CYAML
import FoundationEssentials
import Glibc

/// Turns libyaml events into one ``NodeTree`` per document, with an explicit stack so that
/// deep input cannot overflow the call stack. Records are appended as events arrive (a
/// container's record first, its size filled in when it ends), so nothing is moved or copied
/// into a parent.
struct TreeBuilder {
    /// An open container.
    struct Frame {
        let isMapping: Bool
        /// Its record.
        let start: Int
        var children = 0
        /// The record of a key whose value has not come yet.
        var pendingKey: Int?
        /// True once a plain `<<` key was added (a merge key to apply when the mapping ends).
        var hasMergeKey = false
        /// True for a mapping that is an object: a document's root, or an item of a List.
        let isObject: Bool
        /// An object's first `kind` and `apiVersion` entries: `.some(nil)` when the value is
        /// not a scalar.
        var kind: String??
        var apiVersion: String??
        /// An object's body decision for its kind and apiVersion so far (see ``BodyPolicy``).
        var keepsBody: Bool?
        /// True while an object's pending key is a scalar other than apiVersion, kind and
        /// metadata: its value may be skipped.
        var pendingKeyMaySkip = false
        /// Which of an object's keys the pending key is, told from its bytes once, when it comes.
        var pendingKeyRole = ObjectKey.other
        /// True for the `items` sequence of a List document's root (its items are objects).
        let holdsListItems: Bool
        let anchor: String?
    }

    /// The keys of an object that the builder itself reads.
    enum ObjectKey {
        case apiVersion, kind, metadata, other
    }

    let path: String
    /// The file every location of this builder is in (made once: see ``SourceFile``).
    let file: Unmanaged<SourceFile>
    let limits: LoadLimits
    let bodies: BodyPolicy
    let decoder: ObjectDecoder?
    /// The line the parsed bytes start on, less one (0 for a whole file).
    let lineOffset: Int
    /// The column the parsed bytes start at, less one (0 but for a document parsed again
    /// that starts after a line break libyaml counts and sppctl does not).
    let columnOffset: Int
    /// False when the text is known to hold no line break libyaml counts and sppctl does
    /// not (see ``LineBreakCorrection``); then none is looked for.
    let mayHaveUnusualBreaks: Bool
    /// Turns libyaml's lines into sppctl's, when the parsed bytes need it.
    private var correction: LineBreakCorrection?
    /// True when the parsed bytes are a run of a List's items cut out of their document (see
    /// ``ListSplit``): the root is their sequence, each item is decoded as a List item, and the
    /// containers around them in the whole document count toward the depth limit.
    let listItemsFragment: Bool
    /// The documents a fragment held (one, when it is what it should be).
    private var fragmentDocuments = 0
    /// The kind and apiVersion of the document's root, when they are known before it is parsed
    /// (a document parsed again because its kind came after its body; see ``deferredBody``).
    let rootHint: (kind: String?, apiVersion: String?)?
    /// The bytes being parsed (while ``run(_:source:at:)`` runs), to parse a document again;
    /// the text they are part of, and where in it they start.
    private var buffer = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var source = SourceText(bytes: [])
    private var sourceOffset = 0
    /// How far into ``source`` the parsed documents have been released (see ``SourceText/release(_:)``).
    private var released = 0
    /// The first line and byte of a line of ``buffer`` found so far: line starts are found
    /// moving forward only (documents come in order).
    private var lineCursor = (line: 0, offset: 0)
    /// False to give libyaml the text as it is, even where values could be elided (to test that
    /// eliding them changes nothing).
    let elides: Bool
    /// What libyaml reads, when values it would only skip are elided from the text.
    private var elided: UnsafeMutablePointer<ElidedInput>?
    /// Where the current document started, and the counts to go back to if it is parsed again.
    private var documentStart = (line: 0, duplicateKeys: 0, aliasNodes: 0, directives: false)
    /// True when a value of the document's root was skipped before its kind was known: if the
    /// kind turns out to be one whose body is kept, the document is parsed again, knowing it.
    private var deferredBody = false
    /// The root's first kind and apiVersion entries, taken when the root ends.
    private var rootEnvelope: (kind: String??, apiVersion: String??) = (nil, nil)
    var documents: [YAMLDocument] = []
    /// What ``decoder`` made of the documents (then ``documents`` stays empty).
    var decoded = DecodedInputs()
    var issues: [LoadIssue] = []
    var duplicateKeys: [DuplicateKey] = []
    /// The containers of a skipped value (see ``shouldSkipValue()``), innermost last: the first
    /// ``skipDepth`` frames. The frames past it are kept, emptied, to be used again: a fleet skips
    /// hundreds of thousands of mappings, and each new key table allocated its arrays anew.
    private var skipFrames: [SkipFrame] = []
    private var skipDepth = 0
    /// The loader's decisions about bodies, shared by the files it reads.
    let bodyDecisions: Memo<BodyKey, Bool>
    /// Where the arrays below come from and go back to, with a decoder (see ``BuilderStorage``).
    let storage: BuilderStorage?
    /// Anchors defined inside skipped values.
    private var skippedAnchors = Set<String>()

    /// A container inside a skipped value: only its keys are tracked, for duplicate keys.
    struct SkipFrame: Sendable {
        var isMapping: Bool
        /// Each key with its line and column (in the parsed bytes, 0-based, as libyaml counts).
        var keys = KeyTable<(line: UInt32, column: UInt32)>()
        var expectingKey = true
    }
    private var stack: [Frame] = []
    /// The document being built. Its arrays become the document's ``NodeTree``; once that is
    /// dropped (decoded documents are), the next document reuses their storage.
    private var records: [NodeTree.Record] = []
    private var text: [UInt8] = []
    private var tags: [String] = []
    /// Each anchor's subtree, copied (merge keys may rewrite the records it was made from).
    private var anchors: [String: [NodeTree.Record]] = [:]
    private(set) var aliasNodes = 0
    /// The key records of the mapping being checked for duplicates (kept to reuse its storage).
    private var keyScratch: [Int] = []
    /// What an ``ElidedInput`` keeps from one run to the next.
    private var elisionStorage = ElidedInput.Storage()
    private var documentLocation: SourceLocation?
    /// With a decoder, a List's items are decoded as each one ends and their records (and,
    /// when no anchor points into them, their text) are dropped, so that a List of a whole
    /// cluster (`kubectl get -A -o yaml`) never has all its items' nodes at once. What they
    /// decoded to, kept until the document ends and turns out to be a List.
    private var streamedItems = DecodedInputs()
    /// Anchors defined so far in the document, and their count and the text's length when
    /// the current List item started.
    private var anchorsDefined = 0
    private var itemStart = (anchors: 0, text: 0)

    init(path: String, limits: LoadLimits, bodies: BodyPolicy, bodyDecisions: Memo<BodyKey, Bool>, decoder: ObjectDecoder?, lineOffset: Int = 0,
         columnOffset: Int = 0, mayHaveUnusualBreaks: Bool = true, listItemsFragment: Bool = false,
         rootHint: (kind: String?, apiVersion: String?)? = nil, file: Unmanaged<SourceFile>? = nil, storage: BuilderStorage? = nil,
         elides: Bool = true) {
        self.elides = elides
        self.storage = decoder == nil ? nil : storage
        self.columnOffset = columnOffset
        self.mayHaveUnusualBreaks = mayHaveUnusualBreaks
        self.listItemsFragment = listItemsFragment
        self.rootHint = rootHint
        self.path = path
        self.file = file ?? SourceFile.named(path)
        self.limits = limits
        self.bodies = bodies
        self.bodyDecisions = bodyDecisions
        self.decoder = decoder
        self.lineOffset = lineOffset
    }

    /// Parses `buffer`, which is `source`'s text from byte `offset` on (a chunk of a split file,
    /// or a document parsed again), so that problems are located in the whole text.
    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>, source: SourceText, at offset: Int = 0) {
        // A byte order mark that starts the text is not part of it (libyaml drops it only when it
        // detects the encoding itself; told UTF-8, it would read it as a character of line 1).
        let mark = offset == 0 ? SourceText.byteOrderMarkLength(buffer) : 0
        let buffer = UnsafeBufferPointer(rebasing: buffer[mark...])
        let offset = offset + mark
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            issues.append(LoadIssue(location: location(line: 1, column: 1), message: "libyaml could not start (out of memory)"))
            return
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        self.buffer = buffer
        self.source = source
        sourceOffset = offset
        released = offset
        if let storage {
            var buffers = storage.take()
            exchange(&buffers)
        }
        defer {
            if let storage {
                // Emptied in place, then moved (a copy would share them, and emptying a shared array allocates anew).
                records.removeAll(keepingCapacity: true)
                text.removeAll(keepingCapacity: true)
                stack.removeAll(keepingCapacity: true)
                keyScratch.removeAll(keepingCapacity: true)
                for index in skipFrames.indices { skipFrames[index].keys.removeAll() }
                var buffers = BuilderStorage.Buffers()
                exchange(&buffers)
                storage.give(buffers)
            }
        }
        correction = mayHaveUnusualBreaks ? LineBreakCorrection(buffer, firstColumn: columnOffset) : nil
        // Values the builder skips are elided before libyaml reads them (see ``ElidedInput``),
        // but in text whose lines libyaml counts otherwise, and in a document parsed again.
        if elides, bodies != .everything, rootHint == nil, correction == nil {
            let bodies = bodies, decisions = bodyDecisions
            let input = UnsafeMutablePointer<ElidedInput>.allocate(capacity: 1)
            var storage = ElidedInput.Storage()
            swap(&storage, &elisionStorage)
            input.initialize(to: ElidedInput(buffer, listItemsFragment: listItemsFragment, maxDepth: limits.maxDepth, storage: storage) {
                bodies.keepsBody(kind: $0, apiVersion: $1, rememberedIn: decisions)
            })
            elided = input
            yaml_parser_set_input(&parser, { data, buffer, capacity, read in
                read!.pointee = data!.assumingMemoryBound(to: ElidedInput.self).pointee.read(into: buffer!, capacity: capacity)
                return 1
            }, input)
        } else {
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        }
        // Before the arrays go back to the storage (deferred above), the input's join them.
        defer {
            if let elided {
                elisionStorage = elided.pointee.release()
                elided.deinitialize(count: 1)
                elided.deallocate()
                self.elided = nil
            }
        }
        // Room for a small file's nodes and text at once (a node per 12 bytes or so; text at
        // most the bytes): a fleet of one file per object otherwise grows each array by
        // doubling, five or six copies a file. A large file's arrays grow past this. Only with
        // a decoder: each document's arrays are then dropped once decoded and used again for
        // the next; documents kept whole keep their arrays, and each would keep this room.
        if decoder != nil {
            let room = min(buffer.count, 1 << 16)
            records.reserveCapacity(room / 8 + 8)
            text.reserveCapacity(room)
        }
        stack.reserveCapacity(16)
        keyScratch.reserveCapacity(16)
        defer {
            self.buffer = UnsafeBufferPointer(start: nil, count: 0)
            self.source = SourceText(bytes: [])
        }
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                issues.append(parserIssue(parser))
                return
            }
            let keepGoing = handle(event)
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if !keepGoing || done { return }
        }
    }

    /// Handles one event; returns false when loading must stop.
    private mutating func handle(_ event: yaml_event_t) -> Bool {
        // Skipped values (most of a fleet's bytes) need a location only for the few events
        // that report something, so theirs is made when asked.
        if skipDepth > 0 { return skip(event) }
        let mark = event.start_mark
        if (event.type == YAML_MAPPING_START_EVENT || event.type == YAML_SEQUENCE_START_EVENT), shouldSkipValue() {
            return beginSkip(event)
        }
        if streamsListItems, innermostHoldsListItems, event.type != YAML_SEQUENCE_END_EVENT {
            itemStart = (anchorsDefined, text.count)
        }
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            // The documents before this one are parsed and never read again (a document is
            // parsed again only from its own start): a mapped file gives their pages back, a
            // MiB or more at a time. libyaml's index counts characters, at most the bytes.
            let consumed = sourceOffset + (elided?.pointee.textOffset(ofGiven: Int(mark.index)) ?? Int(mark.index))
            if consumed - released >= 1 << 20 {
                source.release(released..<consumed)
                released = consumed
            }
            stack.removeAll(keepingCapacity: true)
            records.removeAll(keepingCapacity: true)
            text.removeAll(keepingCapacity: true)
            tags.removeAll()
            anchors.removeAll()
            anchorsDefined = 0
            skippedAnchors.removeAll()
            streamedItems = DecodedInputs()
            documentLocation = location(mark: mark)
            let start = event.data.document_start
            documentStart = (Int(mark.line), duplicateKeys.count, aliasNodes,
                             start.version_directive != nil || start.tag_directives.start != start.tag_directives.end)
            deferredBody = false
            rootEnvelope = (nil, nil)
        case YAML_DOCUMENT_END_EVENT:
            if deferredBody, case .some(.some(let kind)) = rootEnvelope.kind {
                let apiVersion = rootEnvelope.apiVersion ?? nil
                if keepsBody(kind: kind, apiVersion: apiVersion) {
                    return parseAgain(endingAt: event.end_mark, kind: kind, apiVersion: apiVersion)
                }
            }
            let root = records.isEmpty ? nil : Node(tree: NodeTree(records: records, text: text, tags: tags, file: file), index: 0)
            let document = YAMLDocument(index: documents.count, root: root, location: documentLocation ?? location(mark: mark))
            if listItemsFragment {
                // A run of items is one sequence; anything else was cut in the wrong place.
                fragmentDocuments += 1
                guard fragmentDocuments == 1, records.first?.kind == .sequence else {
                    issues.append(LoadIssue(location: location(mark: mark), message: "not a run of List items"))
                    return false
                }
                decoded.append(streamedItems)
                streamedItems = DecodedInputs()
            } else if decoder != nil {
                // Called in place: binding the decoder would copy it, retaining each of its parts, per document.
                decoder!.decode(document, streamedItems: streamedItems, into: &decoded)
                streamedItems = DecodedInputs()
            } else {
                documents.append(document)
            }
            anchors.removeAll()
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let index = records.count
            guard text.count + data.length <= NodeTree.maxTextBytes else {
                issues.append(LoadIssue(location: location(mark: mark),
                                        message: "the document holds more than 4 GiB of text; the rest of the file is not loaded"))
                return false
            }
            appendScalar(data.value, length: data.length, style: style(data.style), tag: optionalString(data.tag), at: mark)
            return finished(index, anchor: optionalString(data.anchor))
        case YAML_ALIAS_EVENT:
            let name = optionalString(event.data.alias.anchor) ?? ""
            let index = records.count
            guard let target = anchors[name] else {
                if skippedAnchors.contains(name) {
                    appendScalar(nil, length: 0, style: .plain, tag: nil, at: mark)
                    return finished(index, anchor: nil)
                }
                issues.append(LoadIssue(location: location(mark: mark), message: "undefined alias *\(name)"))
                return false
            }
            aliasNodes += target.count
            guard aliasNodes <= limits.maxAliasNodes else {
                issues.append(LoadIssue(
                    location: location(mark: mark),
                    message: "alias expansion exceeds \(limits.maxAliasNodes) nodes (an alias bomb?); the rest of the file is not loaded"))
                return false
            }
            records.append(contentsOf: target)
            return finished(index, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            guard enter(at: mark) else { return false }
            beginContainer(isMapping: false, isObject: false, holdsListItems: startsListItems(),
                           anchor: optionalString(event.data.sequence_start.anchor), at: mark)
        case YAML_MAPPING_START_EVENT:
            guard enter(at: mark) else { return false }
            beginContainer(isMapping: true, isObject: (stack.isEmpty && !listItemsFragment) || innermostHoldsListItems,
                           anchor: optionalString(event.data.mapping_start.anchor), at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast(), frame.isMapping == (event.type == YAML_MAPPING_END_EVENT) else { return false }
            if stack.isEmpty { rootEnvelope = (frame.kind, frame.apiVersion) }
            records[frame.start].count = frame.children
            records[frame.start].span = UInt32(records.count - frame.start)
            if frame.isMapping {
                recordDuplicateKeys(mapping: frame.start)
                if frame.hasMergeKey { applyMergeKeys(mapping: frame.start) }
            }
            return finished(frame.start, anchor: frame.anchor)
        default:
            break
        }
        return true
    }

    private mutating func appendScalar(_ value: UnsafeMutablePointer<yaml_char_t>?, length: Int, style: Scalar.Style, tag: String?,
                                       at mark: yaml_mark_t) {
        let start = text.count
        if let value, length > 0 { text.append(contentsOf: UnsafeBufferPointer(start: value, count: length)) }
        var tagIndex: Int32 = -1
        if let tag {
            tagIndex = Int32(tags.count)
            tags.append(tag)
        }
        records.append(NodeTree.Record(textStart: start, count: length, span: 1, line: line(mark), column: column(mark), tag: tagIndex,
                                       kind: .scalar, style: style))
    }

    private mutating func beginContainer(isMapping: Bool, isObject: Bool, holdsListItems: Bool = false, anchor: String?, at mark: yaml_mark_t) {
        var frame = Frame(isMapping: isMapping, start: records.count, isObject: isObject, holdsListItems: holdsListItems, anchor: anchor)
        if stack.isEmpty, isMapping, let rootHint {
            frame.kind = .some(rootHint.kind)
            frame.apiVersion = .some(rootHint.apiVersion)
        }
        stack.append(frame)
        records.append(NodeTree.Record(textStart: 0, count: 0, span: 1, line: line(mark), column: column(mark), tag: -1,
                                       kind: isMapping ? .mapping : .sequence, style: .plain))
    }

    /// The node at record `index` (and its subtree, which ends the records) is complete:
    /// count it in its parent.
    private mutating func finished(_ index: Int, anchor: String?) -> Bool {
        if let anchor {
            anchors[anchor] = Array(records[index...])
            anchorsDefined += 1
        }
        guard let last = stack.indices.last else { return true }
        if stack[last].holdsListItems, decoder != nil {
            decodeListItem(index)
            return true
        }
        stack[last].children += 1
        guard stack[last].isMapping else { return true }
        guard stack[last].pendingKey != nil else {
            let record = records[index]
            if record.kind == .scalar, record.style == .plain, record.count == 2, NodeTree.text(of: record, in: text, equals: "<<") {
                stack[last].hasMergeKey = true
            }
            stack[last].pendingKey = index
            if stack[last].isObject {
                let role = record.kind == .scalar ? objectKey(record) : .other
                stack[last].pendingKeyRole = role
                stack[last].pendingKeyMaySkip = record.kind == .scalar && role == .other
            }
            return true
        }
        stack[last].pendingKey = nil
        if stack[last].isObject {
            // The value's text is made only for the two keys that keep it.
            var value: String? { records[index].kind == .scalar ? NodeTree.text(of: records[index], in: text) : nil }
            switch stack[last].pendingKeyRole {
            case .kind where stack[last].kind == nil:
                stack[last].kind = .some(value)
                stack[last].keepsBody = nil
            case .apiVersion where stack[last].apiVersion == nil:
                stack[last].apiVersion = .some(value)
                stack[last].keepsBody = nil
            default:
                break
            }
        }
        return true
    }

    /// Which of an object's keys the scalar `record` is: told by its length first, so that
    /// most keys are compared with one name at most.
    private func objectKey(_ record: NodeTree.Record) -> ObjectKey {
        switch record.count {
        case 4: return NodeTree.text(of: record, in: text, equals: "kind") ? .kind : .other
        case 8: return NodeTree.text(of: record, in: text, equals: "metadata") ? .metadata : .other
        case 10: return NodeTree.text(of: record, in: text, equals: "apiVersion") ? .apiVersion : .other
        default: return .other
        }
    }

    /// Decodes the List item at record `index` (the last subtree) now, and drops its records,
    /// and its text when no anchor was defined in it (an anchor's records refer to the text).
    private mutating func decodeListItem(_ index: Int) {
        do {
            // The tree shares the builder's arrays (nothing keeps a decoded item's nodes), so
            // they are unique again, and cut back in place, once it is gone.
            let item = Node(tree: NodeTree(records: records, text: text, tags: tags, file: file), index: index)
            decoder!.decodeListItem(item, into: &streamedItems)
        }
        records.removeLast(records.count - index)
        if anchorsDefined == itemStart.anchors { text.removeLast(text.count - itemStart.text) }
    }

    /// True when a sequence starting now holds a List's items: the root mapping's `items`, in
    /// a document whose kind ends with `List` or is not known yet (`kubectl get -o yaml` writes
    /// `kind: List` after the items). Should the kind turn out to be another, the items were
    /// still only read as objects: no kind sppctl analyses reads a field `items`, and what they
    /// decoded to is dropped (see ``streamedItems``).
    private func startsListItems() -> Bool {
        if listItemsFragment { return stack.isEmpty }
        guard bodies != .everything, stack.count == 1, stack[0].isObject,
              let key = stack[0].pendingKey, NodeTree.text(of: records[key], in: text, equals: "items") else { return false }
        switch stack[0].kind {
        case nil: return true
        case .some(let kind): return kind?.hasSuffix("List") ?? false
        }
    }

    /// Swaps the arrays ``BuilderStorage`` keeps with those of `buffers`.
    private mutating func exchange(_ buffers: inout BuilderStorage.Buffers) {
        swap(&buffers.records, &records)
        swap(&buffers.text, &text)
        swap(&buffers.stack, &stack)
        swap(&buffers.skipFrames, &skipFrames)
        swap(&buffers.keyScratch, &keyScratch)
        swap(&buffers.elision, &elisionStorage)
    }

    /// True when the innermost open container holds a List's items. Read in place: `stack.last`
    /// copies the frame, retaining and releasing its strings, and this is asked for every event.
    private var innermostHoldsListItems: Bool {
        guard let last = stack.indices.last else { return false }
        return stack[last].holdsListItems
    }

    /// True when List items are decoded as they end (see ``streamedItems``).
    private var streamsListItems: Bool { decoder != nil && bodies != .everything }

    /// The lean path (see ``BodyPolicy``): true when the next value is a value other than
    /// apiVersion, kind and metadata of an object (a document's root mapping, or an item of a
    /// List) whose kind, already seen, is one whose body is not kept.
    private mutating func shouldSkipValue() -> Bool {
        guard bodies != .everything, let last = stack.indices.last, stack[last].isObject, let key = stack[last].pendingKey,
              stack[last].pendingKeyMaySkip else { return false }
        if last == 0, stack[0].kind == nil, stack[0].apiVersion != nil, !listItemsFragment, !documentStart.directives,
           !NodeTree.text(of: records[key], in: text, equals: "items") {
            // An object (it has an apiVersion) whose kind is not known yet: the value is skipped
            // for now, and the document parsed again should its kind need it. (YAML without an
            // apiVersion is built as it comes: it is most likely not an object at all.)
            deferredBody = true
            return true
        }
        guard case .some(.some(let kind)) = stack[last].kind else { return false }
        if let keepsBody = stack[last].keepsBody { return !keepsBody }
        let apiVersion = stack[last].apiVersion ?? nil
        let keeps = keepsBody(kind: kind, apiVersion: apiVersion)
        stack[last].keepsBody = keeps
        return !keeps
    }

    /// ``bodies``' decision for an object of `kind` (and `apiVersion`), remembered by the loader
    /// (a fleet has a dozen kinds or so, which its memo compares without hashing).
    private func keepsBody(kind: String, apiVersion: String?) -> Bool {
        bodies.keepsBody(kind: kind, apiVersion: apiVersion, rememberedIn: bodyDecisions)
    }

    /// Starts skipping a value: the object gets the key with an empty value.
    private mutating func beginSkip(_ event: yaml_event_t) -> Bool {
        guard enter(at: event.start_mark) else { return false }
        let index = records.count
        appendScalar(nil, length: 0, style: .plain, tag: nil, at: event.start_mark)
        _ = finished(index, anchor: nil)
        return pushSkipFrame(event)
    }

    private mutating func pushSkipFrame(_ event: yaml_event_t) -> Bool {
        if event.type == YAML_MAPPING_START_EVENT {
            if let anchor = optionalString(event.data.mapping_start.anchor) { skippedAnchors.insert(anchor) }
        } else {
            if let anchor = optionalString(event.data.sequence_start.anchor) { skippedAnchors.insert(anchor) }
        }
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        if skipDepth < skipFrames.count {
            skipFrames[skipDepth].isMapping = isMapping
            skipFrames[skipDepth].expectingKey = true
            skipFrames[skipDepth].keys.removeAll()
        } else {
            skipFrames.append(SkipFrame(isMapping: isMapping))
        }
        skipDepth += 1
        return true
    }

    /// One event inside a skipped value: containers are counted (for the depth limit), keys
    /// are checked for duplicates, nothing is built.
    private mutating func skip(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            guard enter(at: event.start_mark, depth: stack.count + skipDepth) else { return false }
            consumeSkippedItem(key: nil, at: event.start_mark)
            return pushSkipFrame(event)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            skipDepth -= 1
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            if data.anchor != nil, let anchor = optionalString(data.anchor) { skippedAnchors.insert(anchor) }
            // Only a key's bytes are needed (for duplicates); values are not read at all.
            // Read in place: copying the frame would retain and release its key table.
            let last = skipDepth - 1
            let isKey = last >= 0 && skipFrames[last].isMapping && skipFrames[last].expectingKey
            consumeSkippedItem(key: isKey ? UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length) : nil,
                               at: event.start_mark)
        case YAML_ALIAS_EVENT:
            consumeSkippedItem(key: nil, at: event.start_mark)
        default:
            break
        }
        return true
    }

    /// Tracks keys and values of the innermost skipped mapping; positions stay libyaml marks
    /// until a duplicate needs them as locations.
    private mutating func consumeSkippedItem(key: UnsafeBufferPointer<UInt8>?, at mark: yaml_mark_t) {
        let last = skipDepth - 1
        guard last >= 0, skipFrames[last].isMapping else { return }
        if skipFrames[last].expectingKey, let key, !(key.count == 2 && key[0] == UInt8(ascii: "<") && key[1] == UInt8(ascii: "<")) {
            let position = (line: UInt32(truncatingIfNeeded: mark.line), column: UInt32(truncatingIfNeeded: mark.column))
            if let first = skipFrames[last].keys.insert(key, at: position) {
                duplicateKeys.append(DuplicateKey(key: String(decoding: key, as: UTF8.self), location: location(mark: mark),
                                                  first: location(yamlLine: Int(first.line), column: Int(first.column))))
            }
        }
        skipFrames[last].expectingKey.toggle()
    }

    /// The records of the keys and values of the mapping at record `start`.
    private func entryRecords(mapping start: Int) -> [(key: Int, value: Int)] {
        var entries: [(key: Int, value: Int)] = []
        entries.reserveCapacity(records[start].count / 2)
        records.withUnsafeBufferPointer { NodeTree.forEachEntry(ofMapping: start, in: $0) { entries.append(($0, $1)) } }
        return entries
    }

    private func location(record index: Int) -> SourceLocation {
        location(line: Int(records[index].line), column: Int(records[index].column))
    }

    /// Records every key the mapping at record `start` repeats, as it ends (no second walk
    /// over the tree); small mappings are compared pairwise, larger ones through a ``KeyTable``.
    private mutating func recordDuplicateKeys(mapping start: Int) {
        guard records[start].count > 2 else { return }
        keyScratch.removeAll(keepingCapacity: true)
        records.withUnsafeBufferPointer { records in
            NodeTree.forEachEntry(ofMapping: start, in: records) { key, _ in
                if records[key].kind == .scalar { keyScratch.append(key) }
            }
        }
        if keyScratch.count <= 16 {
            for position in keyScratch.indices.dropFirst() {
                let key = keyScratch[position]
                guard !NodeTree.text(of: records[key], in: text, equals: "<<"),
                      let earlier = keyScratch[..<position].first(where: { sameText(records[$0], records[key]) }) else { continue }
                duplicateKeys.append(DuplicateKey(key: NodeTree.text(of: records[key], in: text), location: location(record: key),
                                                  first: location(record: earlier)))
            }
            return
        }
        var first = KeyTable<Int>()
        for key in keyScratch where !NodeTree.text(of: records[key], in: text, equals: "<<") {
            let record = records[key]
            let earlier = text.withUnsafeBufferPointer { first.insert(UnsafeBufferPointer(rebasing: $0[record.textStart..<record.textStart + record.count]), at: key) }
            if let earlier {
                duplicateKeys.append(DuplicateKey(key: NodeTree.text(of: record, in: text), location: location(record: key), first: location(record: earlier)))
            }
        }
    }

    private func sameText(_ left: NodeTree.Record, _ right: NodeTree.Record) -> Bool {
        guard left.count == right.count else { return false }
        return text.withUnsafeBufferPointer { memcmp($0.baseAddress! + left.textStart, $0.baseAddress! + right.textStart, left.count) == 0 }
    }

    /// YAML merge keys (`<<: *base`): merged entries fill in keys the mapping does not set.
    /// The mapping's records (the last ones) are rewritten: its own entries but the merge
    /// keys, then each merged mapping's entries whose keys are not set yet.
    private mutating func applyMergeKeys(mapping start: Int) {
        var explicit: [(key: Int, value: Int)] = []
        var sources: [Int] = []
        for entry in entryRecords(mapping: start) {
            let key = records[entry.key]
            guard key.kind == .scalar, key.style == .plain, NodeTree.text(of: key, in: text, equals: "<<") else {
                explicit.append(entry)
                continue
            }
            switch records[entry.value].kind {
            case .mapping:
                sources.append(entry.value)
            case .sequence:
                var item = entry.value + 1
                for _ in 0..<records[entry.value].count {
                    if records[item].kind == .mapping { sources.append(item) }
                    item += Int(records[item].span)
                }
            case .scalar:
                explicit.append(entry)
            }
        }
        var seen = Set(explicit.compactMap { records[$0.key].kind == .scalar ? NodeTree.text(of: records[$0.key], in: text) : nil })
        var merged = explicit
        for source in sources {
            for entry in entryRecords(mapping: source) where records[entry.key].kind == .scalar {
                let key = NodeTree.text(of: records[entry.key], in: text)
                guard !seen.contains(key) else { continue }
                seen.insert(key)
                merged.append(entry)
            }
        }
        var rewritten = [records[start]]
        for entry in merged {
            rewritten += records[entry.key..<entry.value + Int(records[entry.value].span)]
        }
        rewritten[0].count = merged.count * 2
        rewritten[0].span = UInt32(rewritten.count)
        records.replaceSubrange(start..., with: rewritten)
    }

    /// Checks the depth limit before a container opens at `depth` (the open containers).
    private mutating func enter(at mark: yaml_mark_t, depth: Int? = nil) -> Bool {
        guard (depth ?? stack.count) + (listItemsFragment ? 1 : 0) < limits.maxDepth else {
            issues.append(LoadIssue(
                location: location(mark: mark),
                message: "nesting deeper than \(limits.maxDepth) levels; the rest of the file is not loaded"))
            return false
        }
        return true
    }

    /// Parses the current document (from the start of its first line to `end`) again, with its
    /// kind and apiVersion known from the start, and takes that parse's results instead of
    /// this one's: its duplicate keys replace those found in the document so far.
    private mutating func parseAgain(endingAt end: yaml_mark_t, kind: String, apiVersion: String?) -> Bool {
        let startLine = documentStart.line
        let startOffset = lineStart(yamlLine: startLine)
        // A document that ends at a marker (`---` of the next one, or the end) ends at the
        // start of the marker's line; after an explicit `...`, at the end of its line.
        let endOffset = max(startOffset, min(buffer.count, lineStart(yamlLine: Int(end.line) + (end.column > 0 ? 1 : 0))))
        let start = position(yamlLine: startLine, column: 0)
        var again = TreeBuilder(path: path, limits: limits, bodies: bodies, bodyDecisions: bodyDecisions, decoder: decoder,
                                lineOffset: lineOffset + start.line, columnOffset: start.column, mayHaveUnusualBreaks: correction != nil,
                                rootHint: (kind, apiVersion), file: file, storage: storage)
        again.run(UnsafeBufferPointer(rebasing: buffer[startOffset..<endOffset]), source: source, at: sourceOffset + startOffset)
        duplicateKeys.removeLast(duplicateKeys.count - documentStart.duplicateKeys)
        duplicateKeys += again.duplicateKeys
        aliasNodes = documentStart.aliasNodes + again.aliasNodes
        decoded.append(again.decoded)
        for document in again.documents {
            documents.append(YAMLDocument(index: documents.count, root: document.root, location: document.location))
        }
        issues += again.issues
        guard again.issues.isEmpty, aliasNodes <= limits.maxAliasNodes else { return false }
        anchors.removeAll()
        return true
    }

    /// The byte offset in ``buffer`` at which libyaml's line `yamlLine` (0-based) starts, or the end.
    private mutating func lineStart(yamlLine: Int) -> Int {
        if let correction {
            if let offset = correction.startOffset(ofLine: yamlLine) { return offset }
            return lineStart(correction.position(line: yamlLine, column: 0).line)
        }
        return lineStart(yamlLine)
    }

    /// The byte offset in ``buffer`` at which line `line` (0-based, counted by line feeds) starts, or the end.
    private mutating func lineStart(_ line: Int) -> Int {
        if line < lineCursor.line { lineCursor = (0, 0) }
        while lineCursor.line < line, lineCursor.offset < buffer.count {
            guard let newline = SourceText.lineBreak(in: buffer, from: lineCursor.offset) else {
                lineCursor = (line, buffer.count)
                break
            }
            lineCursor = (lineCursor.line + 1, newline + 1)
        }
        return lineCursor.offset
    }

    private func parserIssue(_ parser: yaml_parser_t) -> LoadIssue {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        switch parser.error {
        case YAML_READER_ERROR:
            // libyaml counts the offset in the bytes it was given: a chunk's start is added.
            let position = source.position(ofByteOffset: sourceOffset + (elided?.pointee.textOffset(ofGiven: parser.problem_offset) ?? parser.problem_offset))
            return LoadIssue(location: location(line: position.line, column: position.column), message: problem)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                let mark = location(mark: parser.context_mark)
                message += " (\(context) at line \(mark.line) column \(mark.column))"
            }
            return LoadIssue(location: location(mark: parser.problem_mark), message: message)
        default:
            return LoadIssue(location: location(line: 1, column: 1), message: problem)
        }
    }

    /// The 0-based line (in the parsed bytes) and column of libyaml's 0-based line and column,
    /// counted as sppctl counts them.
    private func position(yamlLine: Int, column: Int) -> (line: Int, column: Int) {
        if let correction { return correction.position(line: yamlLine, column: column) }
        return (yamlLine, yamlLine == 0 ? columnOffset + column : column)
    }

    private func line(_ mark: yaml_mark_t) -> UInt32 {
        UInt32(clamping: lineOffset + position(yamlLine: Int(mark.line), column: 0).line + 1)
    }

    private func column(_ mark: yaml_mark_t) -> UInt32 {
        UInt32(clamping: position(yamlLine: Int(mark.line), column: Int(mark.column)).column + 1)
    }

    private func location(mark: yaml_mark_t) -> SourceLocation {
        location(yamlLine: Int(mark.line), column: Int(mark.column))
    }

    /// The location of libyaml's 0-based line and column.
    private func location(yamlLine: Int, column: Int) -> SourceLocation {
        let position = position(yamlLine: yamlLine, column: column)
        return location(line: lineOffset + position.line + 1, column: position.column + 1)
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    private func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
