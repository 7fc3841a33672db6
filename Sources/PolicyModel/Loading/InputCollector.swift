import Foundation

/// Expands the command line's paths into the list of files to read: files as named,
/// directories recursively (`*.yaml`, `*.yml`, `*.json`, hidden folders skipped), minus the
/// ignore globs, sorted and without repeats so that any argument order gives the same run.
public struct InputCollector: Sendable {
    /// What was found.
    public struct Result: Sendable, Equatable {
        /// The files to read, sorted.
        public var files: [String] = []
        /// True when `-` (standard input) was named.
        public var readsStandardInput = false
        /// Paths that could not be used.
        public var errors: [InputError] = []
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
        var files = Set<String>()
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                result.readsStandardInput = true
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                result.errors.append(InputError(path: argument, reason: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                walk(directory: argument, into: &files, errors: &result.errors)
            } else if !isIgnored(argument) {
                files.insert(argument)
            }
        }
        result.files = files.sorted()
        result.errors.sort { $0.path < $1.path }
        return result
    }

    private func isIgnored(_ path: String) -> Bool {
        ignore.contains { $0.matches(path) }
    }

    private func walk(directory: String, into files: inout Set<String>, errors: inout [InputError]) {
        let manager = FileManager.default
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            errors.append(InputError(path: directory, reason: "the directory cannot be listed"))
            return
        }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if isIgnored(path) { continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                // Symbolic links to directories are not followed, so a link cycle cannot loop.
                let attributes = try? manager.attributesOfItem(atPath: path)
                if attributes?[.type] as? FileAttributeType == .typeSymbolicLink { continue }
                walk(directory: path, into: &files, errors: &errors)
            } else if let dot = name.lastIndex(of: "."), Self.extensions.contains(name[name.index(after: dot)...].lowercased()) {
                files.insert(path)
            }
        }
    }
}
