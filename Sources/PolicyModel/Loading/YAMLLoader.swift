internal import CYAML
import Dispatch
import FoundationEssentials
import Glibc

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
    /// The arrays its builders grow, kept from one file to the next.
    private let storage = BuilderStorage()

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
        load(SourceText(bytes: bytes), path: path, reference: reference)
    }

    /// Loads the text `source` of one input named `path` (see ``load(bytes:path:reference:)``).
    public func load(_ source: SourceText, path: String, reference: SourceReference? = nil) -> LoadedFile {
        // Before the text is parsed: a mapped file's parts are given back as they are parsed.
        let sources = source.withUnsafeBufferPointer { HelmSources(scanning: $0) }
        let file = loadText(source, path: path, reference: reference)
        return sources.entries.isEmpty ? file : file.with(helmSources: sources)
    }

    /// ``load(_:path:reference:)`` but for the `# Source:` comments of `helm template` output.
    private func loadText(_ source: SourceText, path: String, reference: SourceReference?) -> LoadedFile {
        var reference = reference ?? .memory(source)
        func location(ofByteOffset offset: Int) -> SourceLocation {
            let position = source.position(ofByteOffset: offset)
            return SourceLocation(file: path, line: position.line, column: position.column)
        }
        // A large file is scanned in pieces of whole lines on the workers (the first problem,
        // control character and template action in the file are the first piece's that has
        // one), and parsed in chunks of whole documents, eight per worker (what a chunk costs
        // depends on the kinds in it, and while the last chunks finish the other workers have
        // nothing left: four per worker left 10–15 ms of one core idle on a 30 MB file).
        let count = source.count
        let split = jobs > 1 && count >= Self.splitThreshold
        let pieces = split ? source.withUnsafeBufferPointer { ChunkScan.pieces(of: $0, count: jobs * 8) } : [0..<count]
        let scans = split ? ChunkScan.scan(pieces, of: source, jobs: jobs) : nil
        let text = scans.map { ChunkScan.text($0, pieces: pieces) } ?? source.withUnsafeBufferPointer(SourceText.check)
        if let scans { reference = reference.adding(lineStarts: ChunkScan.lineStarts(scans, pieces: pieces)) }
        if let problem = text.problem {
            // UTF-16 fails at its first or second byte: the whole file is the problem.
            let utf16 = problem.offset <= 1 ? source.withUnsafeBufferPointer(Self.utf16Problem) : nil
            let issue = LoadIssue(location: location(ofByteOffset: utf16 == nil ? problem.offset : 0), message: utf16 ?? problem.message)
            return LoadedFile(path: path, source: reference, documents: [], issues: [issue])
        }
        if count == 0 {
            return LoadedFile(path: path, source: reference, documents: [], issues: [])
        }
        let templateAction = (scans.map { ChunkScan.firstTemplateAction($0, pieces: pieces) } ?? source.firstTemplateAction())
            .map(location(ofByteOffset:))
        let (chunks, lineOffsets) = scans.map { ChunkScan.documentChunks($0, pieces: pieces, size: count, count: jobs * 8) }
            ?? ([0..<count], [0])
        guard let control = text.control else {
            return parse(source, chunks: chunks, lineOffsets: lineOffsets, path: path, reference: reference, templateAction: templateAction,
                         unusualBreaks: text.unusualBreaks)
        }
        // A control character ends the file where the document that holds it starts: libyaml
        // would stop wherever its reader first decodes it, which depends on how the file is cut.
        // The documents before it are read as usual (in the chunks before that document, the
        // last one cut short there); unless they hold a problem of their own, the control
        // character is the file's problem.
        let end = source.withUnsafeBufferPointer { Self.documentStart(before: control, in: $0) }
        let before = SourceText(bytes: source.withUnsafeBufferPointer { Array($0[..<end]) })
        let kept = chunks.prefix { $0.lowerBound < end }.map { $0.clamped(to: 0..<end) }
        let file = parse(before, chunks: kept.isEmpty ? [0..<end] : kept, lineOffsets: Array(lineOffsets.prefix(max(1, kept.count))),
                         path: path, reference: reference, templateAction: templateAction, unusualBreaks: text.unusualBreaks)
        guard file.issues.isEmpty else { return file }
        return LoadedFile(path: path, source: reference, documents: file.documents,
                          issues: [LoadIssue(location: location(ofByteOffset: control), message: "control characters are not allowed")],
                          duplicateKeys: file.duplicateKeys, decoded: file.decoded, decodedWith: file.decodedWith, templateAction: templateAction)
    }

    /// Parses `source` (a file's text, or its first documents) cut into `chunks` that
    /// start on the lines after `lineOffsets` line breaks; `unusualBreaks` says whether the
    /// text has line breaks libyaml counts and sppctl does not (see ``LineBreakCorrection``).
    private func parse(_ source: SourceText, chunks: [Range<Int>], lineOffsets: [Int], path: String,
                       reference: SourceReference, templateAction: SourceLocation?, unusualBreaks: Bool) -> LoadedFile {
        // One large document: a List (`kubectl get -A -o yaml` or `-o json`) is cut between its items instead,
        // into runs eight per worker as documents are.
        if chunks.count == 1, jobs > 1, source.count >= Self.splitThreshold, bodies != .everything,
           let split = source.withUnsafeBufferPointer({ ListSplit.cut($0, count: jobs * 8) }),
           let file = loadList(split, source: source, path: path, reference: reference, templateAction: templateAction,
                               unusualBreaks: unusualBreaks) {
            return file
        }
        let whole = {
            var builder = TreeBuilder(path: path, limits: limits, bodies: bodies, bodyDecisions: bodyDecisions, decoder: decoder,
                                      mayHaveUnusualBreaks: unusualBreaks, storage: storage)
            source.withUnsafeBufferPointer { buffer in
                builder.run(buffer, source: source)
            }
            return LoadedFile(path: path, source: reference, documents: builder.documents, issues: builder.issues,
                              duplicateKeys: builder.duplicateKeys, decoded: decoder.map { _ in builder.decoded }, decodedWith: decoder?.settings,
                              templateAction: templateAction)
        }
        if chunks.count == 1 { return whole() }
        // Parse the chunks in parallel, each with the line number it starts on; then stitch
        // them together as one parse would: documents renumbered in order, and nothing after
        // the first chunk that stopped on a problem (libyaml cannot resume after one).
        var documents: [YAMLDocument] = []
        var issues: [LoadIssue] = []
        var duplicateKeys: [DuplicateKey] = []
        var decoded = DecodedInputs()
        var aliasNodes = 0
        for result in parse(chunks, of: source, path: path, lineOffsets: lineOffsets, listItemsFragments: false,
                            unusualBreaks: unusualBreaks) {
            // The alias limit holds for the whole file: past it, one parse finds where.
            aliasNodes += result.aliasNodes
            if aliasNodes > limits.maxAliasNodes { return whole() }
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

    /// What is wrong with text that is UTF-16 (as Windows PowerShell 5 writes what is redirected
    /// to a file), when it starts with a UTF-16 byte order mark or its first characters are ASCII
    /// in UTF-16: its first or second byte is not UTF-8 text.
    static func utf16Problem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) {
            return "the file is UTF-16 (it starts with the byte order mark 0x\(SourceText.hex(bytes[0])) 0x\(SourceText.hex(bytes[1]))); "
                + "sppctl reads YAML and JSON as UTF-8: save it as UTF-8"
        }
        // Without a mark: its first characters are ASCII, each with a 0 byte after it (little-endian) or before it.
        let head = bytes.prefix(min(64, bytes.count) & ~1)
        guard head.count >= 4 else { return nil }
        let pairs = stride(from: 0, to: head.count, by: 2)
        let text: ClosedRange<UInt8> = 0x09...0x7E
        let little = pairs.allSatisfy { head[$0 + 1] == 0 && text.contains(head[$0]) }
        let big = pairs.allSatisfy { head[$0] == 0 && text.contains(head[$0 + 1]) }
        guard little || big else { return nil }
        return "the file looks like UTF-16 without a byte order mark (\(little ? "little" : "big")-endian: a 0 byte beside each character); "
            + "sppctl reads YAML and JSON as UTF-8: save it as UTF-8"
    }

    /// Where the document that holds the byte at `offset` starts: the start of the last line
    /// at or before it that starts with a document marker `---`, or 0.
    static func documentStart(before offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var lineStart = offset
        while true {
            while lineStart > 0, buffer[lineStart - 1] != 0x0A { lineStart -= 1 }
            if lineStart == 0 || Self.startsDocument(buffer, at: lineStart) { return lineStart }
            lineStart -= 1
        }
    }

    /// True when the line starting at `index` starts with a document marker: `---` followed by
    /// a space, a tab, a line break or the end.
    static func startsDocument(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        startsMarker(buffer, at: index, of: UInt8(ascii: "-"))
    }

    /// True when the line starting at `index` starts with three of `byte` (a document marker
    /// `---`, or a document end marker `...`) followed by a space, a tab, a line break or the end.
    static func startsMarker(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, of byte: UInt8) -> Bool {
        guard index + 3 <= buffer.count, buffer[index] == byte, buffer[index + 1] == byte, buffer[index + 2] == byte else { return false }
        guard index + 3 < buffer.count else { return true }
        switch buffer[index + 3] {
        case 0x20, 0x0A, 0x0D, 0x09: return true
        default: return false
        }
    }

    /// Loads a List cut by `split`: its runs of items on the workers (each item decoded as a
    /// List item, lines numbered as in the file), then the rest of the document, to which the
    /// items are given as if they had streamed in. Nil when the cut was not right (a piece with
    /// a problem, the rest not a List with the `items: []` put in its place): the caller then
    /// parses the document whole, which also reports any problem where it is.
    func loadList(_ split: ListSplit, source: SourceText, path: String, reference: SourceReference,
                  templateAction: SourceLocation?, unusualBreaks: Bool) -> LoadedFile? {
        guard let decoder else { return nil }
        var items = DecodedInputs()
        var duplicateKeys: [DuplicateKey] = []
        var aliasNodes = 0
        for result in parse(split.fragments, of: source, path: path, lineOffsets: split.fragmentLineOffsets, listItemsFragments: true,
                            unusualBreaks: unusualBreaks, patches: split.patches) {
            guard result.issues.isEmpty else { return nil }
            items.append(result.decoded)
            duplicateKeys += result.duplicateKeys
            aliasNodes += result.aliasNodes
        }
        var rest = TreeBuilder(path: path, limits: limits, bodies: bodies, bodyDecisions: bodyDecisions, decoder: nil, mayHaveUnusualBreaks: unusualBreaks)
        split.shell.withUnsafeBufferPointer { rest.run($0, source: SourceText(bytes: split.shell)) }
        guard rest.issues.isEmpty, aliasNodes + rest.aliasNodes <= limits.maxAliasNodes, rest.documents.count == 1,
              let root = rest.documents[0].root, root.entries?.filter({ $0.keyText == "items" }).count == 1,
              let placeholder = root["items"], placeholder.items?.isEmpty == true,
              placeholder.location.line == split.itemsLine, placeholder.location.column == split.itemsColumn else { return nil }
        var decoded = DecodedInputs()
        // Items are the document's (and come before its own duplicate keys, as when it is parsed whole) only if it is a List.
        guard decoder.decode(rest.documents[0], streamedItems: items, into: &decoded) else { return nil }
        return LoadedFile(path: path, source: reference, documents: [], issues: [], duplicateKeys: duplicateKeys + rest.duplicateKeys,
                          decoded: decoded, decodedWith: decoder.settings, templateAction: templateAction)
    }

    /// Parses each of `ranges` of `source` (whole documents, or runs of a List's items) on a
    /// worker of its own, with an independent loader and the line the range starts on (after
    /// `lineOffsets` line breaks), the range's `patches` applied to a copy of it. Each range is
    /// released (``SourceText/release(_:)``) once parsed.
    private func parse(_ ranges: [Range<Int>], of source: SourceText, path: String, lineOffsets: [Int],
                       listItemsFragments: Bool, unusualBreaks: Bool, patches: [[ListSplit.Patch]] = []) -> [ChunkResult] {
        let results = Slots<ChunkResult>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            let worker = independentCopy()
            var builder = TreeBuilder(path: path, limits: limits, bodies: bodies, bodyDecisions: worker.bodyDecisions, decoder: worker.decoder,
                                      lineOffset: lineOffsets[index], mayHaveUnusualBreaks: unusualBreaks, listItemsFragment: listItemsFragments,
                                      storage: storage)
            let range = ranges[index]
            if index < patches.count, !patches[index].isEmpty {
                // A JSON List's run of items, made a flow sequence in a copy of its own.
                var copy = source.withUnsafeBufferPointer { Array($0[range]) }
                for patch in patches[index] { copy[patch.offset - range.lowerBound] = patch.byte }
                copy.withUnsafeBufferPointer { builder.run($0, source: source, at: range.lowerBound) }
            } else {
                source.withUnsafeBufferPointer { buffer in
                    builder.run(UnsafeBufferPointer(rebasing: buffer[range]), source: source, at: range.lowerBound)
                }
            }
            source.release(range)
            results.set(index, ChunkResult(documents: builder.documents, issues: builder.issues, duplicateKeys: builder.duplicateKeys,
                                            decoded: builder.decoded, aliasNodes: builder.aliasNodes))
        }
        return results.values.map { $0! }
    }

}

/// The kind (and apiVersion, when it came first) a body decision is about.
struct BodyKey: Hashable {
    let kind: String
    let apiVersion: String?
}

/// What one chunk of a split file (or one run of a List's items) loaded.
private struct ChunkResult {
    let documents: [YAMLDocument]
    let issues: [LoadIssue]
    let duplicateKeys: [DuplicateKey]
    let decoded: DecodedInputs
    let aliasNodes: Int
}
