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
        let separator = directory.hasSuffix("/") ? "" : "/"
        let count = directory.utf8.count + separator.utf8.count + component.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for var part in [directory, separator, component] {
                part.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[index..<index + bytes.count]).initialize(from: bytes)
                    index += bytes.count
                }
            }
            return index
        }
    }
}
