import ArgumentParser
import FoundationEssentials
import Glibc
import PolicyModel

/// The inputs of one run, gathered once for every command: configuration, the resolved
/// analysis options, the loaded files and the inputs that could not be read.
struct Workspace: Sendable {
    /// The configuration file in force, if any.
    let configuration: ConfigurationFile?
    /// The analysis options: flags over the configuration file over defaults, resolved here only.
    let options: AnalysisOptions
    /// The loaded files, sorted by path, without what they decoded to (that is ``decoded``).
    let files: [LoadedFile]
    /// The files' objects, decoded as they loaded and put together once.
    let decoded: DecodedFiles
    /// Inputs that could not be read (reported on stderr; the run exits 2).
    let inputErrors: [InputError]

    /// Resolves options and configuration, then reads every input.
    static func open(_ options: InputOptions, _ flags: AnalysisFlags) throws(CLIError) -> Workspace {
        let configuration = try ConfigurationFile.resolve(path: options.config, disabled: options.noConfig)
        var analysis = AnalysisOptions()
        analysis.generation = options.gatewayAPI.flatMap(Generation.init(flag:)) ?? configuration?.generation ?? .default
        analysis.implementation = flags.implementation.flatMap(ImplementationProfile.init(rawValue:))
            ?? configuration?.implementation ?? .default
        if let seconds = flags.longSession.flatMap(GEPDuration.parse)?.seconds ?? configuration?.longSessionSeconds {
            analysis.lint.longSessionSeconds = seconds
        }
        var settings = configuration?.rules ?? [:]
        for id in flags.enable { if let rule = RuleCatalogue.description(for: id) { settings[rule.id] = nil } }
        for id in flags.disable { if let rule = RuleCatalogue.description(for: id) { settings[rule.id] = .off } }
        analysis.ruleSettings = settings
        analysis.honourSuppressions = !flags.noSuppressions
        analysis.suppressions = configuration?.suppressions ?? []
        analysis.defaultNamespace = flags.namespace ?? "default"
        var limits = LoadLimits.standard
        if let megabytes = options.maxFileSize { limits.maxFileBytes = megabytes << 20 }
        let jobs = options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        analysis.jobs = jobs
        // Documents are decoded as they load, so no file keeps its node trees.
        let decoder = ObjectDecoder(generation: analysis.generation, defaultNamespace: analysis.defaultNamespace)
        let reader = InputReader(loader: YAMLLoader(limits: limits, jobs: jobs, bodies: .analysedKindsOnly, decoder: decoder))

        // No path: standard input when it is a pipe or file with data, else the configuration's
        // paths (relative to the configuration file), else the current directory.
        var piped: [UInt8]?
        if options.paths.isEmpty, Self.standardInputIsRedirected() {
            let bytes = readStandardInput(limit: limits.maxFileBytes)
            if !bytes.isEmpty { piped = bytes }
        }
        let configured = configuration.map { configuration in configuration.paths.map(configuration.resolve) } ?? []
        let paths = options.paths.isEmpty ? (piped != nil ? [] : (configured.isEmpty ? ["."] : configured)) : options.paths
        let globs = (options.ignore + (configuration.map { configuration in configuration.ignore.map(configuration.resolve) } ?? [])).map(GlobPattern.init)
        let collected = InputCollector(ignore: globs).collect(paths)
        // Standard input is read first, so that its place among the files (sorted by path) is
        // known before they load: the files come back in that order, without what they decoded
        // to, which each worker puts together as its files load (see ``InputReader/loadDecoded(_:pipes:)``).
        let standardInput = (piped ?? (collected.readsStandardInput ? readStandardInput(limit: limits.maxFileBytes) : nil))
            .map { reader.load(bytes: $0, path: options.stdinFilename) }
        let cut = standardInput.map { input in collected.files.firstIndex { input.path < $0 } ?? collected.files.count } ?? collected.files.count
        var (files, parts, errors) = reader.loadDecoded(Array(collected.files[..<cut]), pipes: collected.pipes)
        errors = collected.errors + errors
        if let standardInput {
            var part = DecodedFilesPart()
            files.append(part.take(standardInput, decoder: decoder))
            parts.append(part)
            let after = reader.loadDecoded(Array(collected.files[cut...]), pipes: collected.pipes)
            files += after.files
            parts += after.parts
            errors += after.errors
        }
        if files.isEmpty && errors.isEmpty {
            throw CLIError("no *.yaml, *.yml or *.json files found in \(paths.joined(separator: ", "))")
        }
        assert(zip(files, files.dropFirst()).allSatisfy { $0.path <= $1.path }, "the files are not in path order")
        analysis.kustomizePatches = KustomizationLookup.patches(beside: collected.named, inputs: files, reader: reader)
        let decoded = DecodedFiles(parts: parts, files: files, settings: decoder.settings, kustomizePatches: analysis.kustomizePatches)
        return Workspace(configuration: configuration, options: analysis, files: files, decoded: decoded, inputErrors: errors)
    }

    /// The analysis of the inputs, built once with the resolved options; its report holds the
    /// findings of `reportedRules` beyond the object-level rules (nil: of every rule). It is kept alive
    /// until the process exits: the command ends right after using it, and freeing millions of
    /// nodes one by one would only cost time (like a compiler's -disable-free).
    func analyse(reportedRules: Set<String>? = nil) -> Analysis {
        var options = options
        options.reportedRules = reportedRules
        let analysis = Analysis(files: files, decoded: decoded, options: options)
        _ = Unmanaged.passRetained(KeptAlive(analysis))
        return analysis
    }

    /// Where the lines that `diagnostics` quote can be read again: the sources of the files
    /// they are in (not of every input: a fleet has many files, and most have no finding).
    func sources(quotedBy diagnostics: [Diagnostic]) -> [String: SourceReference] {
        let quoted = Set(diagnostics.map(\.location.file))
        return Dictionary(files.lazy.filter { quoted.contains($0.path) }.map { ($0.path, $0.source) }, uniquingKeysWith: { first, _ in first })
    }

    /// True when standard input is a pipe or a regular file (not a terminal or a device).
    private static func standardInputIsRedirected() -> Bool {
        var info = stat()
        guard fstat(STDIN_FILENO, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFREG
    }

    private static func readStandardInput(limit: Int) -> [UInt8] {
        InputReader.readStream(STDIN_FILENO, limit: limit).bytes
    }

    /// Opens the inputs as ``open(_:)`` does, prints each unreadable one on a line of its own
    /// to standard error, and exits with 2 when none could be read.
    static func openReportingErrors(_ options: InputOptions, _ flags: AnalysisFlags) throws -> Workspace {
        let workspace = try open(options, flags)
        for error in workspace.inputErrors {
            StandardError.write("sppctl: error: \(TerminalText.escaped("\(error)"))\n")
        }
        if workspace.files.isEmpty { throw ExitCode(2) }
        return workspace
    }

    /// Exits with 2 when some input could not be read, after the command wrote its output.
    func failIfInputsWereUnreadable() throws {
        if !inputErrors.isEmpty { throw ExitCode(2) }
    }
}

/// Holds a value for the rest of the process (see ``Workspace/analyse()``).
private final class KeptAlive<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
