import PolicyModel

/// Renders a ``JSONValue`` object as TOML: scalars and arrays of scalars as `key = value`,
/// objects as `[a.b]` tables, arrays of objects as `[[a.b]]`. Keys that are not bare are
/// quoted and every string is a basic string with escapes, so a value cannot change the
/// document's structure.
public enum TOMLWriter {
    /// The TOML text.
    public static func render(_ value: JSONValue) -> String {
        var output = ""
        write(value, path: [], into: &output)
        return output
    }

    private static func write(_ value: JSONValue, path: [String], into output: inout String) {
        guard case .object(let members) = value else { return }
        var tables: [(String, JSONValue)] = []
        var scalars = ""
        for (key, member) in members {
            switch member {
            case .object:
                tables.append((key, member))
            case .array(let items) where items.contains(where: { if case .object = $0 { return true } else { return false } }):
                tables.append((key, member))
            case .null:
                continue
            default:
                scalars += "\(self.key(key)) = \(scalar(member))\n"
            }
        }
        if !path.isEmpty && (!scalars.isEmpty || tables.isEmpty) {
            output += (output.isEmpty ? "" : "\n") + "[\(path.map(key).joined(separator: "."))]\n"
        }
        output += scalars
        for (key, member) in tables {
            if case .array(let items) = member {
                for item in items {
                    output += (output.isEmpty ? "" : "\n") + "[[\((path + [key]).map(self.key).joined(separator: "."))]]\n"
                    var nested = ""
                    writeInline(item, path: path + [key], into: &nested)
                    output += nested
                }
            } else {
                write(member, path: path + [key], into: &output)
            }
        }
    }

    /// The members of an array-of-tables element: scalars here, nested tables below it.
    private static func writeInline(_ value: JSONValue, path: [String], into output: inout String) {
        guard case .object(let members) = value else { return }
        var nested: [(String, JSONValue)] = []
        for (key, member) in members {
            switch member {
            case .object: nested.append((key, member))
            case .null: continue
            default: output += "\(self.key(key)) = \(scalar(member))\n"
            }
        }
        for (key, member) in nested {
            var sub = ""
            write(member, path: path + [key], into: &sub)
            output += sub
        }
    }

    private static func key(_ text: String) -> String {
        let bare = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") || scalar == "_" || scalar == "-"
        }
        return bare ? text : JSONValue.quoted(text)
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return JSONValue.quoted(text)
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .array(let items): return "[" + items.map(scalar).joined(separator: ", ") + "]"
        default: return "\"\""
        }
    }
}
