/// Text from the inputs (values, names, file paths) made safe to print on a terminal or in a
/// CI log, where a manifest must not be able to move the cursor, recolour or clear the screen,
/// or start a line of its own (a forged finding, a GitHub Actions `::` workflow command).
/// Control characters (C0, DEL, C1), line and paragraph separators and bidirectional
/// formatting characters are written as Swift escapes (`\n`, `\u{1B}`), as rule messages name
/// characters; all other text is printed as it is.
enum TerminalText {
    /// `text` with every character that could act on a terminal or a log written as an escape.
    static func escaped(_ text: String) -> String {
        // Most text is printable ASCII, or UTF-8 without any of the characters below.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0x80 }),
              text.unicodeScalars.contains(where: acts) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if acts(scalar) {
                result += scalar.escaped(asASCII: true)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True for a character a terminal or log viewer acts on instead of showing.
    static func acts(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
