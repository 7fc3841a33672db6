/// A field's path inside its object, as kubectl prints it: `spec.rules[0].sessionPersistence`.
///
/// The decoder gives a path to every value it reads, and only a finding prints one; so a path
/// is kept as steps and rendered when asked for. Up to eight steps, each a field name of
/// ``StepNames`` or a list index below 128, fit in one word (a byte per step) with nothing
/// allocated; any other path keeps its rendered text.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// Byte `i` is step `i`: 0 past the last step, `0x80 | index` for a list index, or a name's
    /// number in ``StepNames/all`` plus one. Zero when ``text`` holds the path.
    private let steps: UInt64
    /// The rendered path, when it does not fit in ``steps``.
    private let text: Text?

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
        var rendered = ""
        var remaining = steps
        while remaining != 0 {
            let step = UInt8(truncatingIfNeeded: remaining)
            if step & 0x80 != 0 {
                rendered += "[\(step & 0x7F)]"
            } else {
                if !rendered.isEmpty { rendered += "." }
                rendered += StepNames.all[Int(step) - 1]
            }
            remaining >>= 8
        }
        return rendered
    }

    /// The path of the field `name` below this one.
    public func child(_ name: String) -> FieldPath {
        if text == nil, let count = stepCount, count < 8, let number = StepNames.numbers[name] {
            return FieldPath(steps: steps | UInt64(number) << (8 * count))
        }
        let description = description
        return FieldPath(text: description.isEmpty ? name : "\(description).\(name)")
    }

    /// The path of item `index` of this list.
    public func index(_ index: Int) -> FieldPath {
        if text == nil, let count = stepCount, count < 8, (0..<0x80).contains(index) {
            return FieldPath(steps: steps | UInt64(0x80 | index) << (8 * count))
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
        var remaining = steps
        while remaining != 0 {
            let step = UInt8(truncatingIfNeeded: remaining)
            if step & 0x80 == 0 { names.append(StepNames.all[Int(step) - 1]) }
            remaining >>= 8
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

    /// The number of steps of a compact path.
    private var stepCount: Int? {
        text == nil ? (64 - steps.leadingZeroBitCount + 7) / 8 : nil
    }

    /// The compact steps of a rendered path, when it has them: names of ``StepNames`` joined
    /// by dots, each followed by any list indexes (`[0]`), eight steps at most.
    private static func steps(parsing description: String) -> UInt64? {
        var steps: UInt64 = 0
        var count = 0
        func add(_ step: UInt8) -> Bool {
            guard count < 8 else { return false }
            steps |= UInt64(step) << (8 * count)
            count += 1
            return true
        }
        guard !description.isEmpty else { return 0 }
        for part in description.split(separator: ".", omittingEmptySubsequences: false) {
            let name = part.prefix(while: { $0 != "[" })
            guard let number = StepNames.numbers[String(name)], add(number) else { return nil }
            var rest = part.dropFirst(name.count)
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                      let index = UInt8(rest[rest.index(after: rest.startIndex)..<close]), index < 0x80,
                      String(index) == rest[rest.index(after: rest.startIndex)..<close], add(0x80 | index) else { return nil }
                rest = rest[rest.index(after: close)...]
            }
        }
        return steps
    }
}
