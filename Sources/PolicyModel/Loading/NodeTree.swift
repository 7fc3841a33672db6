import FoundationEssentials
import Glibc

/// The nodes of one loaded document, stored flat: one record per node in document order (a
/// container's children follow it, each subtree contiguous), and every scalar's text as a
/// byte range in one buffer.
///
/// A document of a fleet has dozens of nodes; as a tree of values each mapping, sequence and
/// longer scalar was a heap object of its own, made and freed per document. Here a document is
/// three arrays, and a scalar becomes a `String` only when something reads it. Immutable once
/// made, so ``Node``s share it freely across threads.
final class NodeTree: Sendable {
    /// One node.
    struct Record {
        /// What a record holds.
        enum Kind: UInt8 {
            case scalar, mapping, sequence
        }

        /// A scalar's text: its first byte in ``NodeTree/text``.
        var textStart: Int {
            get { Int(storedTextStart) }
            set { storedTextStart = UInt32(truncatingIfNeeded: newValue) }
        }
        /// A scalar's text length in bytes; a container's number of children (a mapping
        /// counts its keys and its values).
        var count: Int {
            get { Int(storedCount) }
            set { storedCount = UInt32(truncatingIfNeeded: newValue) }
        }
        /// The records in this subtree, this one included.
        var span: UInt32
        var line: UInt32
        var column: UInt32
        /// A scalar's explicit tag: its index in ``NodeTree/tags``, or -1.
        var tag: Int32
        var kind: Kind
        var style: Scalar.Style
        // 32 bits each: the builder refuses a document of 4 GiB of text or more (28-byte records).
        private var storedTextStart: UInt32
        private var storedCount: UInt32

        init(textStart: Int, count: Int, span: UInt32, line: UInt32, column: UInt32, tag: Int32, kind: Kind, style: Scalar.Style) {
            storedTextStart = UInt32(truncatingIfNeeded: textStart)
            storedCount = UInt32(truncatingIfNeeded: count)
            self.span = span
            self.line = line
            self.column = column
            self.tag = tag
            self.kind = kind
            self.style = style
        }
    }

    /// The most text one document may hold.
    static let maxTextBytes = Int(UInt32.max)

    /// Every node, in document order.
    let records: [Record]
    /// The scalars' texts, back to back.
    let text: [UInt8]
    /// The explicit tags written.
    let tags: [String]
    /// The file every location is in.
    let file: Unmanaged<SourceFile>

    init(records: [Record], text: [UInt8], tags: [String], file: Unmanaged<SourceFile>) {
        self.records = records
        self.text = text
        self.tags = tags
        self.file = file
    }

    /// The text of scalar record `index`.
    func string(at index: Int) -> String {
        Self.text(of: records[index], in: text)
    }

    /// Record `index` as a scalar, when it is one.
    func scalar(at index: Int) -> Scalar? {
        let record = records[index]
        guard record.kind == .scalar else { return nil }
        return Scalar(text: Self.text(of: record, in: text), style: record.style, tag: record.tag < 0 ? nil : tags[Int(record.tag)])
    }

    /// How scalar record `index` resolves, told from its bytes (no `String` is made); nil for
    /// a mapping or a sequence.
    func resolution(at index: Int) -> ScalarValue.Resolution? {
        let record = records[index]
        guard record.kind == .scalar else { return nil }
        let tag = record.tag < 0 ? nil : tags[Int(record.tag)]
        return text.withUnsafeBufferPointer { buffer in
            ScalarValue.resolution(of: UnsafeBufferPointer(rebasing: buffer[record.textStart..<record.textStart + record.count]),
                                   plain: record.style == .plain, tag: tag)
        }
    }

    /// The YAML type name of record `index`, for messages ("string", "integer", "mapping" …).
    func typeName(at index: Int) -> String {
        switch records[index].kind {
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .scalar: return scalar(at: index)!.value.typeName
        }
    }

    /// The records of the key and value of the last entry of mapping record `index` whose key
    /// is the scalar `key`.
    func lastEntry(ofMapping index: Int, key: String) -> (key: Int, value: Int)? {
        var key = key
        return key.withUTF8 { key in
            records.withUnsafeBufferPointer { records in
                text.withUnsafeBufferPointer { text in
                    // The walk of ``forEachEntry(ofMapping:in:_:)`` written out: every lookup by
                    // key runs it, and through the closure it cost a quarter more.
                    var found: (key: Int, value: Int)?
                    var child = index + 1
                    for _ in 0..<records[index].count / 2 {
                        let record = records[child]
                        let value = child + Int(record.span)
                        if record.kind == .scalar, record.count == key.count,
                           key.isEmpty || memcmp(text.baseAddress! + record.textStart, key.baseAddress!, key.count) == 0 {
                            found = (child, value)
                        }
                        child = value + Int(records[value].span)
                    }
                    return found
                }
            }
        }
    }

    /// Calls `body` with the records of each key and its value of mapping record `index` in
    /// `records`, in order: a key's subtree is followed by its value's (see ``Record/span``).
    @inline(__always)
    static func forEachEntry(ofMapping index: Int, in records: UnsafeBufferPointer<Record>,
                             _ body: (_ key: Int, _ value: Int) throws -> Void) rethrows {
        var key = index + 1
        for _ in 0..<records[index].count / 2 {
            let value = key + Int(records[key].span)
            try body(key, value)
            key = value + Int(records[value].span)
        }
    }

    /// Calls `body` with the record of each item of sequence record `index` in `records`, in
    /// order (see ``Record/span``).
    @inline(__always)
    static func forEachItem(ofSequence index: Int, in records: UnsafeBufferPointer<Record>, _ body: (_ item: Int) throws -> Void) rethrows {
        var item = index + 1
        for _ in 0..<records[index].count {
            try body(item)
            item += Int(records[item].span)
        }
    }

    /// The text of a scalar `record` whose bytes are in `text`.
    static func text(of record: Record, in text: [UInt8]) -> String {
        text.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[record.textStart..<record.textStart + record.count]), as: UTF8.self)
        }
    }

    /// True when the text of a scalar `record` whose bytes are in `text` is exactly `key`.
    static func text(of record: Record, in text: [UInt8], equals key: String) -> Bool {
        guard record.count == key.utf8.count else { return false }
        if record.count == 0 { return true }
        var key = key
        return key.withUTF8 { keyBytes in
            text.withUnsafeBufferPointer { buffer in
                memcmp(buffer.baseAddress! + record.textStart, keyBytes.baseAddress!, record.count) == 0
            }
        }
    }

    /// Where record `index` starts.
    func location(at index: Int) -> SourceLocation {
        let record = records[index]
        return SourceLocation(file: file, line: Int(record.line), column: Int(record.column))
    }
}
