import Foundation

/// A process a test starts and must stop: terminated (then killed) by ``stop()``, which the
/// test calls in a `defer`.
public final class BackgroundProcess: @unchecked Sendable {
    private let process = Process()
    private let output: URL

    /// Starts `program arguments…` in `directory`, with its output in a log file.
    public init(_ program: String, _ arguments: [String], in directory: URL? = nil) throws {
        output = try TestPaths.temporaryDirectory().appendingPathComponent("process.log")
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: output.path])
        }
        let handle = try FileHandle(forWritingTo: output)
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// True while it runs.
    public var isRunning: Bool { process.isRunning }

    /// What it printed.
    public var log: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    /// Stops it: SIGTERM, then SIGKILL after a second.
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(1)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The full path of `name` on PATH (and the sbin directories), if any.
    public static func which(_ name: String) -> String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/sbin:/sbin:/usr/local/sbin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
