import FoundationEssentials
import Glibc

/// Expands the command line's paths into the list of files to read: files as named,
/// directories recursively (`*.yaml`, `*.yml`, `*.json`, hidden folders skipped), minus the
/// ignore globs, sorted and without repeats so that any argument order gives the same run.
/// A file reached twice (named twice, inside a directory also named, under two spellings of
/// one directory such as `d` and `./d`, or through a symbolic link named beside its target)
/// is read once, under the first of its paths that is not a link: read twice, each of its
/// objects would be reported as defined twice. A symbolic link to a file, named or found in a
/// directory, is the file it points to.
public struct InputCollector: Sendable {
    /// What was found.
    public struct Result: Sendable, Equatable {
        /// The files to read, sorted.
        public var files: [String] = []
        /// True when `-` (standard input) was named.
        public var readsStandardInput = false
        /// The files named on the command line that are pipes (`<(helm template …)`,
        /// `/dev/stdin`): read to their end, unlike a pipe found in a directory, which is refused.
        public var pipes: Set<String> = []
        /// Paths that could not be used.
        public var errors: [InputError] = []
        /// The files named on the command line (not found in a directory), in order.
        public var named: [String] = []
    }

    /// The file name endings read from directories.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// The ignore globs.
    public let ignore: [GlobPattern]

    /// Creates a collector.
    public init(ignore: [GlobPattern] = []) {
        self.ignore = ignore
    }

    /// Expands `arguments`.
    public func collect(_ arguments: [String]) -> Result {
        var result = Result()
        // Each file with the argument it came from; each argument used, with its real path.
        var files: [(path: String, argument: Int)] = []
        var used: [Argument] = []
        // The real paths of the links to files found in directories, and of the directories of named files.
        var links: [String: String] = [:]
        var directories: [String: String?] = [:]
        for argument in arguments {
            if argument == "-" {
                result.readsStandardInput = true
                continue
            }
            // The link itself first: a named file that is no link needs no second look.
            var info = stat()
            guard lstat(argument, &info) == 0 else {
                result.errors.append(InputError(path: argument, reason: "no such file or directory"))
                continue
            }
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            guard !isLink || stat(argument, &info) == 0 else {
                result.errors.append(InputError(path: argument, reason: "no such file or directory"))
                continue
            }
            let isDirectory = info.st_mode & S_IFMT == S_IFDIR
            if isDirectory {
                var walked: [String] = []
                walk(directory: argument, into: &walked, links: &links, errors: &result.errors)
                files += walked.map { ($0, used.count) }
            } else if !isIgnored(argument) {
                files.append((argument, used.count))
                if info.st_mode & S_IFMT == S_IFIFO { result.pipes.insert(argument) } else { result.named.append(argument) }
            }
            // A file that is no link is where its directory really is (one lookup per directory).
            let real: String?
            if isDirectory || isLink {
                real = Self.realPath(argument)
            } else {
                let directory = PathText.directory(of: argument)
                if directories[directory] == nil { directories[directory] = .some(Self.realPath(directory.isEmpty ? "." : directory)) }
                real = directories[directory].flatMap { $0 }.map { PathText.join($0, String(argument.split(separator: "/").last ?? "")) }
            }
            used.append(Argument(path: argument, isDirectory: isDirectory, isLink: isLink, real: real))
        }
        files.sort { $0.path < $1.path }
        result.files = Self.withoutRepeats(files, arguments: used, links: links)
        result.errors.sort { $0.path < $1.path }
        return result
    }

    /// A path named on the command line.
    private struct Argument {
        let path: String
        let isDirectory: Bool
        /// True for a symbolic link (to a file: links to directories are directories here).
        let isLink: Bool
        /// Its absolute path with every link resolved, when it has one.
        let real: String?
    }

    /// `files` (sorted by path) without repeats, sorted: the same path, or, when two arguments
    /// reach the same files (one's real path is the other's or inside it) or a link to a file
    /// was found, the same real path. Of the paths of one file, the first that is not a link
    /// is kept (the file itself rather than a link to it), else the first.
    private static func withoutRepeats(_ files: [(path: String, argument: Int)], arguments: [Argument], links: [String: String]) -> [String] {
        // Sorted, a path is followed at once by an equal one or by one inside it, if any is there.
        let reals = arguments.compactMap { $0.isDirectory ? $0.real.map { $0.hasSuffix("/") ? $0 : $0 + "/" } : $0.real }.sorted()
        let overlap = zip(reals, reals.dropFirst()).contains { first, next in next == first || (first.hasSuffix("/") && next.hasPrefix(first)) }
        guard overlap || !links.isEmpty else {
            return files.enumerated().compactMap { index, file in index > 0 && files[index - 1].path == file.path ? nil : file.path }
        }
        // A walked file's real path is its directory's with the rest of its path (the walk
        // follows no directory link); a named file's is its own.
        var kept: [(path: String, isLink: Bool)] = []
        var keptIndex: [String: Int] = [:]
        for file in files {
            let argument = arguments[file.argument]
            let key: String
            if let real = links[file.path] {
                key = real
            } else if argument.isDirectory, let real = argument.real {
                key = PathText.join(real, String(file.path.utf8.dropFirst(PathText.join(argument.path, "").utf8.count))!)
            } else {
                key = argument.real ?? file.path
            }
            let isLink = links[file.path] != nil || (!argument.isDirectory && argument.isLink)
            if let index = keptIndex[key] {
                if kept[index].isLink && !isLink { kept[index] = (file.path, false) }
            } else {
                keptIndex[key] = kept.count
                kept.append((file.path, isLink))
            }
        }
        return kept.map(\.path).sorted()
    }

    /// The absolute path of `path` with every symbolic link resolved (`realpath`), or nil.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private func isIgnored(_ path: String) -> Bool {
        ignore.contains { $0.matches(path) }
    }

    /// Walks a directory with `readdir`, whose entry types spare a `stat` per file (a fleet
    /// directory holds many thousands of them); only symbolic links and entries of unknown type
    /// are looked at with `stat`/`lstat`.
    private func walk(directory: String, into files: inout [String], links: inout [String: String], errors: inout [InputError]) {
        guard let stream = directory.withCString({ opendir($0) }) else {
            errors.append(InputError(path: directory, reason: "the directory cannot be listed"))
            return
        }
        // The entries are read first (the directory is closed before descending); the order
        // does not matter, since the whole list is sorted at the end.
        var entries: [(name: String, type: UInt8, readable: Bool, isText: Bool)] = []
        while let entry = readdir(stream) {
            let kept: (name: String, readable: Bool, isText: Bool)? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let name = UnsafeRawBufferPointer(rebasing: raw[..<(raw.firstIndex(of: 0) ?? raw.count)])
                guard name.first != UInt8(ascii: ".") else { return nil }
                // Most names are ASCII, which is UTF-8: only others are validated (slowly, byte by byte).
                let text = name.allSatisfy { $0 < 0x80 } ? String(decoding: name, as: UTF8.self) : String(validating: name, as: UTF8.self)
                return (text ?? String(decoding: name, as: UTF8.self), Self.hasReadExtension(name), text != nil)
            }
            if let kept { entries.append((kept.name, entry.pointee.d_type, kept.readable, kept.isText)) }
        }
        closedir(stream)
        // Walked in the order of their paths (a directory's name with the "/" after it), so
        // that the files come out sorted and the sort of the whole list at the end finds one run
        // to keep: in readdir's order, sorting the paths cost more than half as much as the walk.
        let keys = entries.map { $0.type == DT_DIR ? $0.name + "/" : $0.name }
        for index in keys.indices.sorted(by: { keys[$0] < keys[$1] }) {
            let (name, type, readable, isText) = entries[index]
            // Only directories and files with a read extension matter: others are not even joined.
            guard readable || type == DT_DIR || type == DT_LNK || type == DT_UNKNOWN else { continue }
            let path = PathText.join(directory, name)
            if isIgnored(path) { continue }
            // A name that is not UTF-8 cannot be written in a report, nor opened again from its text.
            guard isText else {
                errors.append(InputError(path: path, reason: "its name is not UTF-8 (sppctl names the files it reports on in UTF-8): rename it"))
                continue
            }
            switch Self.kind(of: path, type: type) {
            case .directory:
                walk(directory: path, into: &files, links: &links, errors: &errors)
            case .file:
                if readable { files.append(path) }
            case .linkToFile:
                guard readable else { continue }
                files.append(path)
                if let real = Self.realPath(path) { links[path] = real }
            case .skipped:
                break
            }
        }
    }

    /// True when the file name ends with `.yaml`, `.yml` or `.json`, in any case (see
    /// ``extensions``), judged on its bytes.
    private static func hasReadExtension(_ name: UnsafeRawBufferPointer) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), (3...4).contains(name.count - dot - 1) else { return false }
        // ASCII letters lowered by setting bit 0x20; anything else stays as it is and cannot match.
        return extensionKeys.contains(extensionKey(name[(dot + 1)...].lazy.map { ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) ? $0 | 0x20 : $0 }))
    }

    /// ``extensions``, each as the number its bytes make (``extensionKey(_:)``): a directory
    /// entry's extension is compared without a `String` or an array made of it.
    private static let extensionKeys = extensions.map { extensionKey($0.utf8) }

    /// Up to four bytes as one number, the first in the high byte.
    private static func extensionKey(_ bytes: some Sequence<UInt8>) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    private enum EntryKind {
        case directory, file, linkToFile, skipped
    }

    /// What a directory entry is to the walk. Symbolic links to directories are not followed,
    /// so a link cycle cannot loop; links to anything else count as what they point to, and
    /// dangling links are skipped.
    private static func kind(of path: String, type: UInt8) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_DIR): return .directory
        case Int32(DT_REG): return .file
        case Int32(DT_LNK):
            var info = stat()
            guard stat(path, &info) == 0 else { return .skipped }
            return info.st_mode & S_IFMT == S_IFDIR ? .skipped : .linkToFile
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .skipped }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .directory
            case S_IFLNK: return kind(of: path, type: UInt8(DT_LNK))
            default: return .file
            }
        default:
            return .file
        }
    }
}
