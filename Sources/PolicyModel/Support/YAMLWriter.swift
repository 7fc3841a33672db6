/// Renders a ``JSONValue`` as block-style YAML, deterministically. Strings are written plain
/// only when they cannot be read back as anything else; otherwise they are double-quoted,
/// so a value from a manifest can never change the structure of the output.
public enum YAMLWriter {
    /// The YAML text, ending with a newline.
    public static func render(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output, inline: false)
        if !output.hasSuffix("\n") { output += "\n" }
        return output
    }

    /// Writes `value` at `indent`; with `afterDash`, an object's first member goes on the
    /// line of the list item's dash (already written), without its indentation.
    private static func write(_ value: JSONValue, indent: Int, into output: inout String, inline: Bool, afterDash: Bool = false) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let members):
            if members.isEmpty { output += (inline ? " " : pad) + "{}\n"; return }
            if inline { output += "\n" }
            for (index, (key, member)) in members.enumerated() {
                output += (afterDash && index == 0 ? "" : pad) + scalar(key) + ":"
                writeMember(member, indent: indent, into: &output)
            }
        case .array(let items):
            if items.isEmpty { output += (inline ? " " : pad) + "[]\n"; return }
            if inline { output += "\n" }
            for item in items {
                output += pad + "-"
                switch item {
                case .object(let members) where !members.isEmpty:
                    // The first member goes on the dash's line.
                    output += " "
                    write(item, indent: indent + 2, into: &output, inline: false, afterDash: true)
                default:
                    writeMember(item, indent: indent, into: &output)
                }
            }
        default:
            output += (inline ? " " : pad) + scalarText(value) + "\n"
        }
    }

    private static func writeMember(_ member: JSONValue, indent: Int, into output: inout String) {
        switch member {
        case .object(let members) where !members.isEmpty: write(member, indent: indent + 2, into: &output, inline: true)
        case .array(let items) where !items.isEmpty: write(member, indent: indent, into: &output, inline: true)
        default: output += " " + scalarText(member) + "\n"
        }
    }

    private static func scalarText(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .string(let text): return scalar(text)
        case .object: return "{}"
        case .array: return "[]"
        }
    }

    /// A string as a YAML scalar: plain when safe, otherwise double-quoted with the escapes
    /// JSON and YAML share.
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : JSONValue.quoted(text)
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
