import ArgumentParser
import Foundation
import PolicyModel

/// The inputs of one run, gathered once for every command: configuration, generation, the
/// loaded files and the inputs that could not be read.
struct Workspace: Sendable {
    /// The configuration file in force, if any.
    let configuration: ConfigurationFile?
    /// The generation checked against.
    let generation: Generation
    /// The loaded files, sorted by path.
    let files: [LoadedFile]
    /// Inputs that could not be read (reported on stderr; the run exits 2).
    let inputErrors: [InputError]

    /// Resolves options and configuration, then reads every input.
    static func open(_ options: InputOptions) throws(CLIError) -> Workspace {
        let configuration = try loadConfiguration(options)
        let generation = options.gatewayAPI.flatMap(Generation.init(flag:)) ?? configuration?.generation ?? .default
        var limits = LoadLimits.standard
        if let megabytes = options.maxFileSize { limits.maxFileBytes = megabytes << 20 }
        let reader = InputReader(loader: YAMLLoader(limits: limits))

        let paths = options.paths.isEmpty ? (configuration?.paths.isEmpty == false ? configuration!.paths : ["."]) : options.paths
        let globs = (options.ignore + (configuration?.ignore ?? [])).map(GlobPattern.init)
        let collected = InputCollector(ignore: globs).collect(paths)
        var (files, errors) = reader.load(collected.files)
        errors = collected.errors + errors
        if collected.readsStandardInput {
            files.append(reader.load(bytes: readStandardInput(limit: limits.maxFileBytes), path: options.stdinFilename))
        }
        if files.isEmpty && errors.isEmpty {
            throw CLIError("no *.yaml, *.yml or *.json files found in \(paths.joined(separator: ", "))")
        }
        files.sort { $0.path < $1.path }
        return Workspace(configuration: configuration, generation: generation, files: files, inputErrors: errors)
    }

    private static func loadConfiguration(_ options: InputOptions) throws(CLIError) -> ConfigurationFile? {
        if let path = options.config { return try ConfigurationFile.load(path) }
        if options.noConfig { return nil }
        return try ConfigurationFile.locate(from: FileManager.default.currentDirectoryPath).map { path throws(CLIError) in
            try ConfigurationFile.load(path)
        }
    }

    private static func readStandardInput(limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count <= limit, let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 16), !chunk.isEmpty {
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }

    /// Opens the inputs as ``open(_:)`` does, prints each unreadable one on a line of its own
    /// to standard error, and exits with 2 when none could be read.
    static func openReportingErrors(_ options: InputOptions) throws -> Workspace {
        let workspace = try open(options)
        for error in workspace.inputErrors {
            FileHandle.standardError.write(Data("sppctl: error: \(error)\n".utf8))
        }
        if workspace.files.isEmpty { throw ExitCode(2) }
        return workspace
    }

    /// Exits with 2 when some input could not be read, after the command wrote its output.
    func failIfInputsWereUnreadable() throws {
        if !inputErrors.isEmpty { throw ExitCode(2) }
    }
}
