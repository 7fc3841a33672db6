import Foundation

/// What a finished `sppctl` process produced.
public struct CommandResult: Sendable {
    /// Standard output.
    public let stdout: String
    /// Standard error.
    public let stderr: String
    /// The exit code.
    public let exitCode: Int32
    /// How long it ran, in seconds.
    public let seconds: Double
}

/// Runs the built `sppctl` binary.
public enum Sppctl {
    /// Runs `sppctl arguments…` in `directory` (default: the package root) with `input` on
    /// standard input. Output is read while the process runs, so large outputs cannot block it.
    public static func run(_ arguments: [String], in directory: URL = TestPaths.packageRoot, input: Data? = nil,
                           environment: [String: String] = [:]) throws -> CommandResult {
        try runProgram(TestPaths.binary, arguments, in: directory, input: input, environment: environment)
    }

    /// Runs any program.
    public static func runProgram(_ program: URL, _ arguments: [String], in directory: URL = TestPaths.packageRoot,
                                  input: Data? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        let start = Date()
        try process.run()
        let outBox = DataBox()
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outBox.data = stdout.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errBox.data = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        // sppctl stops reading an input larger than its size limit: the rest of it cannot be
        // written, which must not end the test process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        if let input { try? stdin.fileHandleForWriting.write(contentsOf: input) }
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return CommandResult(stdout: String(decoding: outBox.data, as: UTF8.self), stderr: String(decoding: errBox.data, as: UTF8.self),
                             exitCode: process.terminationStatus, seconds: Date().timeIntervalSince(start))
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
