internal import CYAML
import Dispatch
import Foundation

/// Loads YAML and JSON text into located ``Node`` trees with libyaml's event API.
///
/// The loader is strict and bounded: invalid UTF-8 and NUL bytes, syntax errors, undefined
/// aliases, nesting deeper than ``LoadLimits/maxDepth`` and alias expansion beyond
/// ``LoadLimits/maxAliasNodes`` each become a ``LoadIssue`` at their position. Documents that
/// loaded before a problem are kept.
public struct YAMLLoader: Sendable {
    /// The limits in force.
    public let limits: LoadLimits

    /// How many workers may parse one large file, split at document boundaries.
    public let jobs: Int

    /// Which object bodies are built into nodes.
    public let bodies: BodyPolicy
    /// ``bodies``' decisions per kind, remembered for every file this loader reads.
    private let bodyDecisions = Memo<BodyKey, Bool>()

    /// When set, each document is decoded (and schema-checked) as soon as it finishes, and
    /// its nodes are dropped: the loaded file holds ``LoadedFile/decoded`` instead of
    /// documents, so a large input never has all its node trees in memory at once.
    public let decoder: ObjectDecoder?

    /// Files at least this large are split across workers when ``jobs`` allows.
    public static let splitThreshold = 1 << 20

    /// Creates a loader.
    public init(limits: LoadLimits = .standard, jobs: Int = 1, bodies: BodyPolicy = .everything, decoder: ObjectDecoder? = nil) {
        self.limits = limits
        self.jobs = max(1, jobs)
        self.bodies = bodies
        self.decoder = decoder
    }

    /// A loader like this one that shares no reference-counted storage with it (its decoder and
    /// its remembered body decisions are made anew), for a worker on another core: reference counts that
    /// several cores update on every node would make them wait for each other.
    public func independentCopy() -> YAMLLoader {
        YAMLLoader(limits: limits, jobs: jobs, bodies: bodies,
                   decoder: decoder.map { ObjectDecoder(generation: $0.generation, defaultNamespace: $0.defaultNamespace) })
    }

    /// Loads the bytes of one input named `path`. The loaded file refers to its text through
    /// `reference` (a file to read again), or keeps the bytes when there is none.
    public func load(bytes: [UInt8], path: String, reference: SourceReference? = nil) -> LoadedFile {
        let source = SourceText(bytes: bytes)
        let reference = reference ?? .memory(source)
        func location(ofByteOffset offset: Int) -> SourceLocation {
            let position = source.position(ofByteOffset: offset)
            return SourceLocation(file: path, line: position.line, column: position.column)
        }
        if let problem = source.firstEncodingProblem() {
            let issue = LoadIssue(location: location(ofByteOffset: problem.offset), message: problem.message)
            return LoadedFile(path: path, source: reference, documents: [], issues: [issue])
        }
        if bytes.isEmpty {
            return LoadedFile(path: path, source: reference, documents: [], issues: [])
        }
        let templateAction = source.firstTemplateAction().map(location(ofByteOffset:))
        let chunks = jobs > 1 && bytes.count >= Self.splitThreshold ? Self.documentChunks(bytes, count: jobs) : [0..<bytes.count]
        if chunks.count == 1 {
            var builder = TreeBuilder(path: path, limits: limits, bodies: bodies, bodyDecisions: bodyDecisions, decoder: decoder)
            bytes.withUnsafeBufferPointer { buffer in
                builder.run(buffer, source: source)
            }
            return LoadedFile(path: path, source: reference, documents: builder.documents, issues: builder.issues,
                              duplicateKeys: builder.duplicateKeys, decoded: decoder.map { _ in builder.decoded }, decodedWith: decoder?.settings,
                              templateAction: templateAction)
        }
        // Parse the chunks in parallel, each with the line number it starts on; then stitch
        // them together as one parse would: documents renumbered in order, and nothing after
        // the first chunk that stopped on a problem (libyaml cannot resume after one).
        let results = Slots<ChunkResult>(count: chunks.count)
        let lineOffsets = Self.lineOffsets(bytes, chunks: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            let worker = independentCopy()
            var builder = TreeBuilder(path: path, limits: limits, bodies: bodies, bodyDecisions: worker.bodyDecisions, decoder: worker.decoder,
                                      lineOffset: lineOffsets[index])
            bytes.withUnsafeBufferPointer { buffer in
                builder.run(UnsafeBufferPointer(rebasing: buffer[chunks[index]]), source: source)
            }
            results.set(index, ChunkResult(documents: builder.documents, issues: builder.issues, duplicateKeys: builder.duplicateKeys,
                                            decoded: builder.decoded))
        }
        var documents: [YAMLDocument] = []
        var issues: [LoadIssue] = []
        var duplicateKeys: [DuplicateKey] = []
        var decoded = DecodedInputs()
        for result in results.values {
            guard let result else { continue }
            for document in result.documents {
                documents.append(YAMLDocument(index: documents.count, root: document.root, location: document.location))
            }
            issues += result.issues
            duplicateKeys += result.duplicateKeys
            decoded.append(result.decoded)
            if !result.issues.isEmpty { break }
        }
        return LoadedFile(path: path, source: reference, documents: documents, issues: issues, duplicateKeys: duplicateKeys,
                          decoded: decoder.map { _ in decoded }, decodedWith: decoder?.settings, templateAction: templateAction)
    }

    /// Splits `bytes` into up to `count` ranges of about equal size, each starting at a
    /// line that begins with a document marker `---` (so every chunk holds whole documents).
    static func documentChunks(_ bytes: [UInt8], count: Int) -> [Range<Int>] {
        var starts = [0]
        let target = bytes.count / count
        bytes.withUnsafeBufferPointer { buffer in
            var index = target
            while starts.count < count && index < buffer.count {
                // The next "\n---" followed by a space, a line break or the end.
                guard buffer[index] == 0x0A, index + 3 < buffer.count, buffer[index + 1] == 0x2D, buffer[index + 2] == 0x2D,
                      buffer[index + 3] == 0x2D, index + 4 == buffer.count || [0x20, 0x0A, 0x0D, 0x09].contains(buffer[index + 4]) else {
                    index += 1
                    continue
                }
                starts.append(index + 1)
                index = max(index + 1, starts.count * target)
            }
        }
        return zip(starts, starts.dropFirst() + [bytes.count]).map { $0..<$1 }
    }

    /// The number of line breaks before each chunk.
    private static func lineOffsets(_ bytes: [UInt8], chunks: [Range<Int>]) -> [Int] {
        var offsets: [Int] = []
        var lines = 0
        var position = 0
        bytes.withUnsafeBufferPointer { buffer in
            for chunk in chunks {
                while position < chunk.lowerBound {
                    if buffer[position] == 0x0A { lines += 1 }
                    position += 1
                }
                offsets.append(lines)
            }
        }
        return offsets
    }
}

/// The kind (and apiVersion, when it came first) a body decision is about.
private struct BodyKey: Hashable {
    let kind: String
    let apiVersion: String?
}

/// What one chunk of a split file loaded.
private struct ChunkResult {
    let documents: [YAMLDocument]
    let issues: [LoadIssue]
    let duplicateKeys: [DuplicateKey]
    let decoded: DecodedInputs
}

/// Turns libyaml events into nodes, one document at a time, with an explicit stack so that
/// deep input cannot overflow the call stack.
private struct TreeBuilder {
    /// An open container. A struct with stored arrays (not an enum with payloads), so that
    /// `stack[last].items.append(node)` appends in place without copying or reference counting.
    struct Frame {
        let isMapping: Bool
        var items: [Node] = []
        var entries: [Node.Entry] = []
        var pendingKey: Node?
        /// True once a plain `<<` key was added (a merge key to apply when the mapping ends).
        var hasMergeKey = false
        /// True for a mapping that is an object: a document's root, or an item of a List.
        var isObject = false
        let location: SourceLocation
        let anchor: String?

        init(isMapping: Bool, location: SourceLocation, anchor: String?, isObject: Bool = false) {
            self.isMapping = isMapping
            self.location = location
            self.anchor = anchor
            self.isObject = isObject
        }
    }

    let path: String
    /// The file every location of this builder is in (made once: see ``SourceFile``).
    let file: Unmanaged<SourceFile>
    let limits: LoadLimits
    let bodies: BodyPolicy
    let decoder: ObjectDecoder?
    /// The line the parsed bytes start on, less one (0 for a whole file).
    let lineOffset: Int
    var documents: [YAMLDocument] = []
    /// What ``decoder`` made of the documents (then ``documents`` stays empty).
    var decoded = DecodedInputs()
    var issues: [LoadIssue] = []
    var duplicateKeys: [DuplicateKey] = []
    /// The containers of a skipped value (see ``shouldSkipValue()``), innermost last.
    private var skipFrames: [SkipFrame] = []
    /// The loader's decisions about bodies, shared by the files it reads.
    let bodyDecisions: Memo<BodyKey, Bool>
    /// Anchors defined inside skipped values.
    private var skippedAnchors = Set<String>()

    /// A container inside a skipped value: only its keys are tracked, for duplicate keys.
    private struct SkipFrame {
        let isMapping: Bool
        var keys = KeyTable<yaml_mark_t>()
        var expectingKey = true
    }
    private var stack: [Frame] = []
    private var anchors: [String: Node] = [:]
    private var aliasNodes = 0
    private var documentRoot: Node?
    private var documentLocation: SourceLocation?

    init(path: String, limits: LoadLimits, bodies: BodyPolicy, bodyDecisions: Memo<BodyKey, Bool>, decoder: ObjectDecoder?, lineOffset: Int = 0) {
        self.path = path
        file = SourceFile.named(path)
        self.limits = limits
        self.bodies = bodies
        self.bodyDecisions = bodyDecisions
        self.decoder = decoder
        self.lineOffset = lineOffset
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>, source: SourceText) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            issues.append(LoadIssue(location: location(line: 1, column: 1), message: "libyaml could not start (out of memory)"))
            return
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                issues.append(parserIssue(parser, source: source))
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
        if !skipFrames.isEmpty { return skip(event) }
        let start = location(mark: event.start_mark)
        if (event.type == YAML_MAPPING_START_EVENT || event.type == YAML_SEQUENCE_START_EVENT), shouldSkipValue() {
            return beginSkip(event, at: start)
        }
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            stack.removeAll()
            anchors.removeAll()
            skippedAnchors.removeAll()
            documentRoot = nil
            documentLocation = start
        case YAML_DOCUMENT_END_EVENT:
            let document = YAMLDocument(index: documents.count, root: documentRoot, location: documentLocation ?? start)
            if let decoder {
                decoder.decode(document, into: &decoded)
            } else {
                documents.append(document)
            }
            documentRoot = nil
            anchors.removeAll()
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = string(data.value, length: data.length)
            let scalar = Scalar(text: text, style: style(data.style), tag: optionalString(data.tag))
            return add(Node(.scalar(scalar), at: start), anchor: optionalString(data.anchor))
        case YAML_ALIAS_EVENT:
            let name = optionalString(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                if skippedAnchors.contains(name) { return add(Node(.scalar(Scalar(text: "", style: .plain, tag: nil)), at: start), anchor: nil) }
                issues.append(LoadIssue(location: start, message: "undefined alias *\(name)"))
                return false
            }
            aliasNodes += target.size
            guard aliasNodes <= limits.maxAliasNodes else {
                issues.append(LoadIssue(
                    location: start,
                    message: "alias expansion exceeds \(limits.maxAliasNodes) nodes (an alias bomb?); the rest of the file is not loaded"))
                return false
            }
            return add(target, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            guard enter(at: start) else { return false }
            stack.append(Frame(isMapping: false, location: start, anchor: optionalString(event.data.sequence_start.anchor)))
        case YAML_MAPPING_START_EVENT:
            guard enter(at: start) else { return false }
            let isObject = stack.isEmpty || isListItemStart()
            stack.append(Frame(isMapping: true, location: start, anchor: optionalString(event.data.mapping_start.anchor), isObject: isObject))
        case YAML_SEQUENCE_END_EVENT:
            guard let frame = stack.popLast(), !frame.isMapping else { return false }
            return add(Node(.sequence(frame.items), at: frame.location), anchor: frame.anchor)
        case YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast(), frame.isMapping else { return false }
            recordDuplicateKeys(frame.entries)
            let entries = frame.hasMergeKey ? Self.applyingMergeKeys(frame.entries) : frame.entries
            return add(Node(.mapping(entries), at: frame.location), anchor: frame.anchor)
        default:
            break
        }
        return true
    }

    /// The lean path (see ``BodyPolicy``): true when the next value is a value other than
    /// apiVersion, kind and metadata of an object (a document's root mapping, or an item of a
    /// List) whose kind, already seen, is one whose body is not kept.
    private mutating func shouldSkipValue() -> Bool {
        guard bodies != .everything, let last = stack.indices.last, stack[last].isObject,
              let key = stack[last].pendingKey?.scalar?.text, key != "apiVersion", key != "kind", key != "metadata",
              let kind = stack[last].entries.first(where: { $0.keyText == "kind" })?.value.scalar?.text else { return false }
        let apiVersion = stack[last].entries.first { $0.keyText == "apiVersion" }?.value.scalar?.text
        return !bodyDecisions.value(for: BodyKey(kind: kind, apiVersion: apiVersion)) { bodies.keepsBody(kind: kind, apiVersion: apiVersion) }
    }

    /// True when a mapping starting now is an item of a List: the root mapping's `items`
    /// sequence, in a document whose kind (already seen) ends with `List`.
    private func isListItemStart() -> Bool {
        guard bodies != .everything, stack.count == 2, stack[0].isMapping, !stack[1].isMapping,
              stack[0].pendingKey?.scalar?.text == "items",
              let kind = stack[0].entries.first(where: { $0.keyText == "kind" })?.value.scalar?.text else { return false }
        return kind.hasSuffix("List")
    }

    /// Starts skipping a value: the root mapping gets the key with an empty value.
    private mutating func beginSkip(_ event: yaml_event_t, at start: SourceLocation) -> Bool {
        guard enter(at: start) else { return false }
        _ = add(Node(.scalar(Scalar(text: "", style: .plain, tag: nil)), at: start), anchor: nil)
        return pushSkipFrame(event)
    }

    private mutating func pushSkipFrame(_ event: yaml_event_t) -> Bool {
        if event.type == YAML_MAPPING_START_EVENT {
            if let anchor = optionalString(event.data.mapping_start.anchor) { skippedAnchors.insert(anchor) }
            skipFrames.append(SkipFrame(isMapping: true))
        } else {
            if let anchor = optionalString(event.data.sequence_start.anchor) { skippedAnchors.insert(anchor) }
            skipFrames.append(SkipFrame(isMapping: false))
        }
        return true
    }

    /// One event inside a skipped value: containers are counted (for the depth limit), keys
    /// are checked for duplicates, nothing is built.
    private mutating func skip(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            guard enter(at: location(mark: event.start_mark), depth: stack.count + skipFrames.count) else { return false }
            consumeSkippedItem(key: nil, at: event.start_mark)
            return pushSkipFrame(event)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            skipFrames.removeLast()
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            if data.anchor != nil, let anchor = optionalString(data.anchor) { skippedAnchors.insert(anchor) }
            // Only a key's text is needed (for duplicates); values are not read at all.
            let isKey = skipFrames.last.map { $0.isMapping && $0.expectingKey } ?? false
            consumeSkippedItem(key: isKey ? string(data.value, length: data.length) : nil, at: event.start_mark)
        case YAML_ALIAS_EVENT:
            consumeSkippedItem(key: nil, at: event.start_mark)
        default:
            break
        }
        return true
    }

    /// Tracks keys and values of the innermost skipped mapping; positions stay libyaml marks
    /// until a duplicate needs them as locations.
    private mutating func consumeSkippedItem(key: String?, at mark: yaml_mark_t) {
        guard let last = skipFrames.indices.last, skipFrames[last].isMapping else { return }
        if skipFrames[last].expectingKey, let key, key != "<<" {
            if let first = skipFrames[last].keys.insert(key, at: mark) {
                duplicateKeys.append(DuplicateKey(key: key, location: location(mark: mark), first: location(mark: first)))
            }
        }
        skipFrames[last].expectingKey.toggle()
    }

    /// Records every key a mapping repeats, while the mapping is built (no second walk over
    /// the tree); small mappings are compared pairwise, larger ones through a dictionary.
    private mutating func recordDuplicateKeys(_ entries: [Node.Entry]) {
        guard entries.count > 1 else { return }
        if entries.count <= 16 {
            let keys = entries.map(\.keyText)
            for index in 1..<keys.count {
                guard let key = keys[index], key != "<<" else { continue }
                if let earlier = keys[..<index].firstIndex(where: { $0 == key }) {
                    duplicateKeys.append(DuplicateKey(key: key, location: entries[index].key.location, first: entries[earlier].key.location))
                }
            }
            return
        }
        var first = KeyTable<SourceLocation>()
        for entry in entries {
            guard let key = entry.keyText, key != "<<" else { continue }
            if let earlier = first.insert(key, at: entry.key.location) {
                duplicateKeys.append(DuplicateKey(key: key, location: entry.key.location, first: earlier))
            }
        }
    }

    /// Checks the depth limit before a container opens at `depth` (the open containers).
    private mutating func enter(at location: SourceLocation, depth: Int? = nil) -> Bool {
        guard (depth ?? stack.count) < limits.maxDepth else {
            issues.append(LoadIssue(
                location: location,
                message: "nesting deeper than \(limits.maxDepth) levels; the rest of the file is not loaded"))
            return false
        }
        return true
    }

    /// Attaches a finished node to its parent (or makes it the document root). The node is
    /// consumed, so it moves into its parent without a copy.
    private mutating func add(_ node: consuming Node, anchor: String?) -> Bool {
        if let anchor { anchors[anchor] = copy node }
        guard let last = stack.indices.last else {
            documentRoot = node
            return true
        }
        if !stack[last].isMapping {
            stack[last].items.append(node)
        } else if let key = stack[last].pendingKey.take() {
            stack[last].entries.append(Node.Entry(key: key, value: node))
        } else {
            if case .scalar(let scalar) = node.content, scalar.style == .plain, scalar.text == "<<" { stack[last].hasMergeKey = true }
            stack[last].pendingKey = node
        }
        return true
    }

    /// YAML merge keys (`<<: *base`): merged entries fill in keys the mapping does not set.
    private static func applyingMergeKeys(_ entries: [Node.Entry]) -> [Node.Entry] {
        guard entries.contains(where: { $0.key.scalar?.text == "<<" && $0.key.scalar?.style == .plain }) else {
            return entries
        }
        var explicit: [Node.Entry] = []
        var sources: [Node] = []
        for entry in entries {
            if entry.key.scalar?.text == "<<", entry.key.scalar?.style == .plain {
                switch entry.value.content {
                case .mapping: sources.append(entry.value)
                case .sequence(let items): sources.append(contentsOf: items.filter { $0.entries != nil })
                case .scalar: explicit.append(entry)
                }
            } else {
                explicit.append(entry)
            }
        }
        var seen = Set(explicit.compactMap(\.keyText))
        var merged = explicit
        for source in sources {
            for entry in source.entries ?? [] {
                guard let key = entry.keyText, !seen.contains(key) else { continue }
                seen.insert(key)
                merged.append(entry)
            }
        }
        return merged
    }

    private func parserIssue(_ parser: yaml_parser_t, source: SourceText) -> LoadIssue {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        switch parser.error {
        case YAML_READER_ERROR:
            let position = source.position(ofByteOffset: parser.problem_offset)
            return LoadIssue(location: location(line: position.line, column: position.column), message: problem)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                let mark = parser.context_mark
                message += " (\(context) at line \(lineOffset + Int(mark.line) + 1) column \(mark.column + 1))"
            }
            return LoadIssue(location: location(mark: parser.problem_mark), message: message)
        default:
            return LoadIssue(location: location(line: 1, column: 1), message: problem)
        }
    }

    private func location(mark: yaml_mark_t) -> SourceLocation {
        location(line: lineOffset + Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
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
