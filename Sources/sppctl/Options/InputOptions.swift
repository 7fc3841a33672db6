import ArgumentParser

/// The options every command that reads manifests shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or directories to read (directories recursively: *.yaml, *.yml, *.json); - reads standard input, and a pipe named as a file (<(helm template …)) is read to its end.",
                                 valueName: "path"),
              completion: .file(extensions: ["yaml", "yml", "json"]))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The name to report for standard input.", valueName: "name"))
    var stdinFilename: String = "<stdin>"

    @Option(help: ArgumentHelp("Skip paths matching this glob (repeatable; * within a segment, ** across).", valueName: "glob"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("The Gateway API release to check against: v1.1.0, v1.1 … v1.6, main (default v1.6).",
                               valueName: "release"),
            completion: .list(["v1.1.0", "v1.1", "v1.2", "v1.3", "v1.4", "v1.5", "v1.6", "main"]))
    var gatewayAPI: String?

    @Option(help: ArgumentHelp("The configuration file (default: .sppctl.yaml found upward from the working directory).",
                               valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    @Flag(help: "Ignore .sppctl.yaml files.")
    var noConfig = false

    @Option(help: ArgumentHelp("The largest file read, in MiB (1–4096; default 128).", valueName: "MiB"))
    var maxFileSize: Int?

    @Option(help: ArgumentHelp("How many workers load and decode the inputs (default: the number of cores); large files are split at document boundaries.",
                               valueName: "N"))
    var jobs: Int?

    func validate() throws {
        if let gatewayAPI, Generation(flag: gatewayAPI) == nil {
            throw ValidationError("unknown --gateway-api '\(gatewayAPI)'; use one of \(Generation.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let maxFileSize, !(1...4096).contains(maxFileSize) {
            throw ValidationError("--max-file-size must be from 1 to 4096 (MiB)")
        }
        if let jobs, !(1...256).contains(jobs) {
            throw ValidationError("--jobs must be from 1 to 256")
        }
    }
}

import PolicyModel
