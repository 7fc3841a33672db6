import Foundation
import SppctlTestSupport
import Testing

/// Output that cannot be written must not pass for written: a CI job that saves a report or
/// an exported configuration on a full disk has to fail, not keep half of it with the
/// report's exit code.
@Suite("Output that cannot be written is an error")
struct OutputFailureTests {
    /// Runs `sppctl arguments…` in the examples with standard output on `/dev/full` (every
    /// write fails with ENOSPC).
    private func runIntoFullDevice(_ arguments: [String]) throws -> CommandResult {
        let quoted = ([TestPaths.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        return try Sppctl.runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \(quoted) > /dev/full"],
                                     in: TestPaths.packageRoot.appendingPathComponent("examples"))
    }

    @Test("standard output on a full disk: exit code 2 and the reason, for text, streamed JSON, explain and export",
          arguments: [["lint", "--no-config", "shop"], ["lint", "--no-config", "--format", "json", "shop"],
                      ["explain", "--no-config", "--format", "json", "shop"], ["export", "--no-config", "--target", "haproxy", "shop"],
                      ["rules"]])
    func standardOutput(_ arguments: [String]) throws {
        let result = try runIntoFullDevice(arguments)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasSuffix("sppctl: error: cannot write standard output: No space left on device\n"), "\(result.stderr)")
    }

    @Test("a report written with --output into a directory that is not there: exit code 2, the reason, and no file")
    func outputFile() throws {
        let directory = try TestPaths.temporaryDirectory()
        let shop = TestPaths.packageRoot.appendingPathComponent("examples/shop").path
        let result = try Sppctl.run(["lint", "--no-config", "-o", "missing/report.txt", shop], in: directory)
        #expect(result.exitCode == 2)
        let missing = directory.appendingPathComponent("missing").path
        #expect(result.stderr == "sppctl: error: cannot write 'missing/report.txt': cannot create a file in \(missing): No such file or directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
