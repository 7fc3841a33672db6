/// File paths as text, the way a shell user reads them: the directory part and joining, for
/// paths written on the command line, in configuration files, and found walking directories.
public enum PathText {
    /// `path` without its last component: `a/b` for `a/b/c`, `/` for `/c`, empty for `c`.
    public static func directory(of path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        var directory = path[..<slash]
        while directory.hasSuffix("/") { directory = directory.dropLast() }
        return directory.isEmpty ? "/" : String(directory)
    }

    /// `component` inside `directory` (just `component` when `directory` is empty), in a string
    /// of exactly that size (a fleet has many thousands of paths, and concatenation leaves
    /// growth room in each).
    public static func join(_ directory: String, _ component: String) -> String {
        if directory.isEmpty { return component }
        // Bytes, not characters: a walk joins a path for every entry of every directory.
        let separator = directory.utf8.last == UInt8(ascii: "/") ? 0 : 1
        return String(unsafeUninitializedCapacity: directory.utf8.count + separator + component.utf8.count) { buffer in
            var index = 0
            func copy(_ part: String) {
                var part = part
                part.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[index..<index + bytes.count]).initialize(from: bytes)
                    index += bytes.count
                }
            }
            copy(directory)
            if separator == 1 {
                buffer[index] = UInt8(ascii: "/")
                index += 1
            }
            copy(component)
            return index
        }
    }

    /// `path` with its `.` components and repeated slashes dropped and each `dir/..` folded
    /// away, for telling whether two spellings name the same file (`./a/../b.yaml` and
    /// `b.yaml`); nothing is looked up on disk.
    public static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part != ".." || !absolute {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }
}

