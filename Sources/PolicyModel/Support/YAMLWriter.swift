/// Renders a ``JSONValue`` as block-style YAML, deterministically. Strings are written plain
/// only when they cannot be read back as anything else; otherwise they are double-quoted,
/// so a value from a manifest can never change the structure of the output.
public enum YAMLWriter {
    /// The YAML text, ending with a newline. A large list or mapping has its items rendered on
    /// up to `jobs` workers; the text does not depend on `jobs`.
    public static func render(_ value: JSONValue, jobs: Int = 1) -> String {
        var output: [UInt8] = []
        write(value, indent: 0, into: &output, inline: false, jobs: max(1, jobs))
        if output.last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Containers with at least this many items are rendered in parallel when workers are given.
    private static let parallelThreshold = 64

    /// Writes `value` at `indent`; with `afterDash`, an object's first member goes on the
    /// line of the list item's dash (already written), without its indentation.
    private static func write(_ value: JSONValue, indent: Int, into output: inout [UInt8], inline: Bool, afterDash: Bool = false, jobs: Int = 1) {
        switch value {
        case .object(let members):
            if members.isEmpty { return writeLine("{}", indent: indent, inline: inline, into: &output) }
            if inline { output.append(UInt8(ascii: "\n")) }
            writeEach(count: members.count, into: &output, jobs: jobs) { index, output, jobs in
                let (key, member) = members[index]
                if !(afterDash && index == 0) { pad(indent, into: &output) }
                writeScalar(key, into: &output)
                output.append(UInt8(ascii: ":"))
                writeMember(member, indent: indent, into: &output, jobs: jobs)
            }
        case .array(let items):
            if items.isEmpty { return writeLine("[]", indent: indent, inline: inline, into: &output) }
            if inline { output.append(UInt8(ascii: "\n")) }
            writeEach(count: items.count, into: &output, jobs: jobs) { index, output, jobs in
                let item = items[index]
                pad(indent, into: &output)
                output.append(UInt8(ascii: "-"))
                switch item {
                case .object(let members) where !members.isEmpty:
                    // The first member goes on the dash's line.
                    output.append(UInt8(ascii: " "))
                    write(item, indent: indent + 2, into: &output, inline: false, afterDash: true, jobs: jobs)
                default:
                    writeMember(item, indent: indent, into: &output, jobs: jobs)
                }
            }
        default:
            startLine(indent: indent, inline: inline, into: &output)
            writeScalarText(value, into: &output)
            output.append(UInt8(ascii: "\n"))
        }
    }

    /// Writes `text` and a line break: after its key (`inline`) or on a line of its own at `indent`.
    private static func writeLine(_ text: String, indent: Int, inline: Bool, into output: inout [UInt8]) {
        startLine(indent: indent, inline: inline, into: &output)
        output.append(contentsOf: text.utf8)
        output.append(UInt8(ascii: "\n"))
    }

    /// What goes before a value written on one line: a space after its key, or its indentation.
    private static func startLine(indent: Int, inline: Bool, into output: inout [UInt8]) {
        if inline { output.append(UInt8(ascii: " ")) } else { pad(indent, into: &output) }
    }

    /// Writes items `0..<count` in order: one after another, or, for a large container with
    /// workers, each rendered on its own by the workers and then appended in order. `item` is
    /// given the workers it may use for what it contains: all of them when the items are written
    /// one after another (a large container may be deeper down), none once they are shared out.
    private static func writeEach(count: Int, into output: inout [UInt8], jobs: Int, item: @Sendable (Int, inout [UInt8], Int) -> Void) {
        guard jobs > 1, count >= parallelThreshold else {
            for index in 0..<count { item(index, &output, jobs) }
            return
        }
        let rendered = OrderedParallel.map(count: count, jobs: jobs) { range in
            range.map { index in
                var bytes: [UInt8] = []
                item(index, &bytes, 1)
                return bytes
            }
        }
        for bytes in rendered { output.append(contentsOf: bytes) }
    }

    private static func pad(_ indent: Int, into output: inout [UInt8]) {
        output.append(spaces: indent)
    }

    private static func writeMember(_ member: JSONValue, indent: Int, into output: inout [UInt8], jobs: Int) {
        switch member {
        case .object(let members) where !members.isEmpty: write(member, indent: indent + 2, into: &output, inline: true, jobs: jobs)
        case .array(let items) where !items.isEmpty: write(member, indent: indent, into: &output, inline: true, jobs: jobs)
        default:
            output.append(UInt8(ascii: " "))
            writeScalarText(member, into: &output)
            output.append(UInt8(ascii: "\n"))
        }
    }

    private static func writeScalarText(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .string(let text): writeScalar(text, into: &output)
        case .object: output.append(contentsOf: "{}".utf8)
        case .array: output.append(contentsOf: "[]".utf8)
        }
    }

    /// A string as a YAML scalar: plain when safe, otherwise double-quoted with the escapes
    /// JSON and YAML share.
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : JSONValue.quoted(text)
    }

    private static func writeScalar(_ text: String, into output: inout [UInt8]) {
        if isPlainSafe(text) {
            output.append(contentsOf: text.utf8)
        } else {
            JSONValue.writeString(text, into: &output)
        }
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " { return false }
        if ScalarValue.resolve(text: text, plain: true, tag: nil) != .string(text) { return false }
        // YAML 1.1 booleans, in any case (the longest is five letters).
        if text.utf8.count <= 5, ["yes", "no", "on", "off", "y", "n", "true", "false"].contains(text.lowercased()) { return false }
        let allowed = { (scalar: Unicode.Scalar) -> Bool in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/", "(", ")", "+", "=", "@", "~", "^", "$", " ": return true
            default: return scalar.value > 0x7F && scalar.properties.isAlphabetic
            }
        }
        guard text.unicodeScalars.allSatisfy(allowed) else { return false }
        return !(first == "-" || first == "?" || first == "~" || first == "@")
    }
}
