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
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sppctl-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
