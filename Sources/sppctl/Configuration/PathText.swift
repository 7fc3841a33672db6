/// File paths as text, the way a shell user reads them: the directory part and joining, for
/// paths written in configuration files and options.
enum PathText {
    /// `path` without its last component: `a/b` for `a/b/c`, `/` for `/c`, empty for `c`.
    static func directory(of path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        var directory = path[..<slash]
        while directory.hasSuffix("/") { directory = directory.dropLast() }
        return directory.isEmpty ? "/" : String(directory)
    }

    /// `component` inside `directory`.
    static func join(_ directory: String, _ component: String) -> String {
        if directory.isEmpty { return component }
        return directory.hasSuffix("/") ? directory + component : directory + "/" + component
    }
}
