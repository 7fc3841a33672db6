import Foundation
import SppctlTestSupport
import Testing

/// A large input is mapped while it loads; one cut short meanwhile (another process truncating
/// it) must end sppctl with a one-line error and exit 2, not with the SIGBUS the kernel sends.
@Suite("An input truncated while it is read")
struct InputTruncationTests {
    @Test("a large file truncated while sppctl reads it: one line on standard error, exit 2, nothing on standard output")
    func truncatedWhileMapped() throws {
        let directory = try TestPaths.temporaryDirectory()
        let file = directory.appendingPathComponent("fleet.yaml")
        // About 24 MiB: long enough to load that it is stopped while mapped.
        let document = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: config}\ndata: {key: \(String(repeating: "x", count: 200))}\n"
        let text = Array(repeating: document, count: 90_000).joined(separator: "---\n")
        // An attempt may lose the race (the load has read the file before it is stopped): it is tried again.
        for _ in 0..<5 {
            try text.write(to: file, atomically: false, encoding: .utf8)
            guard let outcome = try Self.runTruncating(file, in: directory) else { continue }
            // Stopped after its last read of the file (a busy machine): it lints what it read.
            if outcome.status == 0 || outcome.status == 1 { continue }
            #expect(outcome.status == 2)
            #expect(outcome.stderr == "sppctl: error: part of an input file could not be read as it was loaded (another process truncated it, or the disk failed); run sppctl again\n")
            #expect(outcome.stdout.isEmpty)
            return
        }
        Issue.record("sppctl read the whole file before it could be stopped, five times")
    }

    /// Runs `sppctl lint` on `file`, stops it once the file is mapped, truncates the file and
    /// lets it go on; nil when the file was never seen mapped (it loaded too fast).
    static func runTruncating(_ file: URL, in directory: URL) throws -> (status: Int32, stdout: String, stderr: String)? {
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["lint", "--no-config", "--jobs", "2", "--format", "json", file.lastPathComponent]
        process.currentDirectoryURL = directory
        let stdout = directory.appendingPathComponent("stdout")
        let stderr = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdout.path, contents: nil)
        FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        let pid = process.processIdentifier
        var stopped = false
        while process.isRunning && !stopped {
            let maps = (try? String(decoding: FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/\(pid)/maps")).readToEnd() ?? Data(), as: UTF8.self)) ?? ""
            if maps.contains(file.path) {
                kill(pid, SIGSTOP)
                stopped = true
            }
        }
        if stopped {
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: 0)
            try handle.close()
            kill(pid, SIGCONT)
        }
        process.waitUntilExit()
        guard stopped else { return nil }
        return (process.terminationStatus, try String(contentsOf: stdout, encoding: .utf8), try String(contentsOf: stderr, encoding: .utf8))
    }
}
