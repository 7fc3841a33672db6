/// A field's path inside its object, as kubectl prints it: `spec.rules[0].sessionPersistence`.
///
/// The decoder gives a path to every value it reads, and only a finding prints one; so a path
/// is kept as steps and rendered when asked for. Steps that fit in eight bytes (a field name of
/// ``StepNames`` is one byte, a list index one to three) are one word with nothing allocated;
/// any other path keeps its rendered text.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The steps, first in the low byte; no byte is zero but those past the last step. Zero when
    /// ``text`` holds the path. A step is:
    /// - `0x01...0x7F`: a field name, its number in ``StepNames/all`` plus one;
    /// - `0x80...0xBF`: a list index below 64 in the low six bits;
    /// - `0xC0...0xDF`: a list index below 4096: its high five bits, then a byte `0x80` | its
    ///   low seven bits;
    /// - `0xE0...0xFF`: a list index below 2^19: its high five bits, then two bytes of `0x80` |
    ///   seven bits.
    /// Each index takes the fewest bytes it can, so equal paths have equal steps.
    private let steps: UInt64
    /// The rendered path, when it does not fit in ``steps``.
    private let text: Text?

    /// One step of a path.
    private enum Step {
        case name(String)
        case index(Int)
    }

    /// A rendered path, boxed so that a compact path's copies touch no string storage.
    private final class Text: Sendable {
        let value: String

        init(_ value: String) {
            self.value = value
        }
    }

    private init(steps: UInt64) {
        self.steps = steps
        text = nil
    }

    private init(text: String) {
        steps = 0
        self.text = Text(text)
    }

    /// Creates a path from its rendered form.
    public init(_ description: String) {
        if let steps = Self.steps(parsing: description) {
            self.init(steps: steps)
        } else {
            self.init(text: description)
        }
    }

    /// Creates a path from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The object's root.
    public static let root = FieldPath(steps: 0)
    /// `apiVersion`, `kind`, `spec` and the metadata fields every object may have: made once
    /// (a path written out is parsed each time it is made).
    public static let apiVersion = FieldPath("apiVersion")
    /// `kind`.
    public static let kind = FieldPath("kind")
    /// `spec`.
    public static let spec = FieldPath("spec")
    /// `metadata`.
    public static let metadata = FieldPath("metadata")
    /// `metadata.name`.
    public static let metadataName = FieldPath("metadata.name")
    /// `metadata.generateName`.
    public static let metadataGenerateName = FieldPath("metadata.generateName")
    /// `metadata.namespace`.
    public static let metadataNamespace = FieldPath("metadata.namespace")
    /// `metadata.creationTimestamp`.
    public static let metadataCreationTimestamp = FieldPath("metadata.creationTimestamp")

    /// The rendered path; empty for the object itself.
    public var description: String {
        if let text { return text.value }
        // Bytes first, one string at the end: every finding's path is rendered, and
        // interpolating each step made a string per step.
        var rendered: [UInt8] = []
        rendered.reserveCapacity(64)
        forEachStep { step in
            switch step {
            case .index(let index):
                rendered.append(UInt8(ascii: "["))
                rendered.append(decimal: Int64(index))
                rendered.append(UInt8(ascii: "]"))
            case .name(let name):
                if !rendered.isEmpty { rendered.append(UInt8(ascii: ".")) }
                rendered.append(contentsOf: name.utf8)
            }
        }
        return String(decoding: rendered, as: UTF8.self)
    }

    /// True when the path is kept as steps in one word, with no text.
    var isCompact: Bool { text == nil }

    /// The path of the field `name` below this one.
    public func child(_ name: String) -> FieldPath {
        if text == nil, let number = StepNames.number(of: name), let steps = Self.appending(UInt64(number), count: 1, to: steps) {
            return FieldPath(steps: steps)
        }
        let description = description
        return FieldPath(text: description.isEmpty ? name : "\(description).\(name)")
    }

    /// The path of item `index` of this list.
    public func index(_ index: Int) -> FieldPath {
        if text == nil, let step = Self.indexStep(index), let steps = Self.appending(step.bytes, count: step.count, to: steps) {
            return FieldPath(steps: steps)
        }
        return FieldPath(text: "\(description)[\(index)]")
    }

    /// The field names along the path, list indexes left out (for looking a field up in
    /// another generation's schema).
    public var names: [String] {
        if let text {
            return text.value.split(separator: ".").map { part in
                String(part.prefix(while: { $0 != "[" }))
            }
        }
        var names: [String] = []
        forEachStep { step in
            if case .name(let name) = step { names.append(name) }
        }
        return names
    }

    /// Two paths are equal when they render alike (a path written out and the same path made
    /// step by step compare equal, whichever way each is kept).
    public static func == (lhs: FieldPath, rhs: FieldPath) -> Bool {
        if lhs.text == nil && rhs.text == nil { return lhs.steps == rhs.steps }
        return lhs.description == rhs.description
    }

    /// Hashes the rendered path, as ``==(_:_:)`` compares it.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }

    /// Calls `body` with each step of a compact path, in order.
    private func forEachStep(_ body: (Step) -> Void) {
        var remaining = steps
        while remaining != 0 {
            let byte = Int(remaining & 0xFF)
            switch byte {
            case 0x01...0x7F:
                body(.name(StepNames.all[byte - 1]))
                remaining >>= 8
            case 0x80...0xBF:
                body(.index(byte & 0x3F))
                remaining >>= 8
            case 0xC0...0xDF:
                body(.index((byte & 0x1F) << 7 | Int(remaining >> 8 & 0x7F)))
                remaining >>= 16
            default:
                body(.index((byte & 0x1F) << 14 | Int(remaining >> 8 & 0x7F) << 7 | Int(remaining >> 16 & 0x7F)))
                remaining >>= 24
            }
        }
    }

    /// The bytes of a list index step (first in the low byte), when the index has some.
    private static func indexStep(_ index: Int) -> (bytes: UInt64, count: Int)? {
        switch index {
        case 0..<64: return (UInt64(0x80 | index), 1)
        case 64..<(1 << 12): return (UInt64(0xC0 | index >> 7) | UInt64(0x80 | index & 0x7F) << 8, 2)
        case (1 << 12)..<(1 << 19):
            return (UInt64(0xE0 | index >> 14) | UInt64(0x80 | index >> 7 & 0x7F) << 8 | UInt64(0x80 | index & 0x7F) << 16, 3)
        default: return nil
        }
    }

    /// `steps` followed by `count` more bytes, when they fit in a word.
    private static func appending(_ bytes: UInt64, count: Int, to steps: UInt64) -> UInt64? {
        let used = (64 - steps.leadingZeroBitCount + 7) / 8
        return used + count <= 8 ? steps | bytes << (8 * used) : nil
    }

    /// The compact steps of a rendered path, when it has them: names of ``StepNames`` joined
    /// by dots, each followed by any list indexes (`[0]`), eight bytes of steps at most.
    private static func steps(parsing description: String) -> UInt64? {
        var steps: UInt64 = 0
        guard !description.isEmpty else { return 0 }
        for part in description.split(separator: ".", omittingEmptySubsequences: false) {
            let name = part.prefix(while: { $0 != "[" })
            guard let number = StepNames.number(of: String(name)), let named = appending(UInt64(number), count: 1, to: steps) else { return nil }
            steps = named
            var rest = part.dropFirst(name.count)
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
                let digits = rest[rest.index(after: rest.startIndex)..<close]
                guard let index = Int(digits), String(index) == digits, let step = indexStep(index),
                      let indexed = appending(step.bytes, count: step.count, to: steps) else { return nil }
                steps = indexed
                rest = rest[rest.index(after: close)...]
            }
        }
        return steps
    }
}
