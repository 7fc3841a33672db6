import Foundation

/// Where the package, its test data, the shared reference folder and the built binary are.
public enum TestPaths {
    /// The package root.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `testdata/`.
    public static var testdata: URL { packageRoot.appendingPathComponent("testdata") }

    /// `../shared/` beside the project root (CI lays a copy there too).
    public static var shared: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }

    /// True when `../shared/` is beside the checkout: suites that read it run only then, and
    /// say why they were skipped otherwise (a user's clone has nothing beside it).
    public static var sharedIsPresent: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path)
    }

    /// Why a suite that reads `../shared/` was skipped.
    public static let sharedMissing = "../shared is not beside the checkout (it holds the corpus and the upstream CRDs)"

    /// The built `sppctl` binary: next to the test bundle, where SwiftPM puts products.
    public static var binary: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sppctl")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/sppctl")
    }

    /// A fresh temporary directory holding `files` (relative path → text).
    public static func temporaryDirectory(with files: [String: String]) throws -> URL {
        let directory = try temporaryDirectory()
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        return directory
    }

    /// A fresh temporary directory, under this test process's own root.
    public static func temporaryDirectory() throws -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `<tmp>/sppctl-tests-<pid>`: made once per test process, after removing the roots that
    /// earlier test processes (no longer running) left behind, so that test runs do not pile
    /// up directories in the temporary folder.
    private static let temporaryRoot: URL = {
        let base = FileManager.default.temporaryDirectory
        let prefix = "sppctl-tests-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), pid == getpid() || kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
        return base.appendingPathComponent("\(prefix)\(getpid())")
    }()
}
