/// The name of an input file as locations refer to it.
///
/// A run has few files and many locations (every node and every located value has one), so a
/// location refers to its file's name without reference counting: each `SourceFile` is made
/// once (per file and loader worker) and never freed, like a compiler's interned identifiers.
/// Copying a location then costs no atomic operation, which on a fleet of 100,000 objects
/// was a large part of all the work.
public final class SourceFile: Sendable {
    /// The path as the user named it (or the `--stdin-filename` for standard input).
    public let path: String

    private init(path: String) {
        self.path = path
    }

    /// A file name that lives for the rest of the process. Make one per file and use it for
    /// all of that file's locations.
    public static func named(_ path: String) -> Unmanaged<SourceFile> {
        Unmanaged.passRetained(SourceFile(path: path))
    }
}
