import Foundation
import SppctlTestSupport
import Testing

/// The real-world corpus in `../shared/corpus`: every file loads, nothing crashes, every
/// diagnostic is located, no file is skipped silently.
@Suite("The shared corpus")
struct CorpusTests {
    @Test("sppctl lint loads every file and locates every diagnostic")
    func corpus() throws {
        let corpus = TestPaths.shared.appendingPathComponent("corpus")
        let enumerator = FileManager.default.enumerator(atPath: corpus.path)
        var manifests = 0
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".yaml") || path.hasSuffix(".yml") || path.hasSuffix(".json") { manifests += 1 }
        }
        #expect(manifests > 700)
        let result = try Sppctl.run(["lint", "--no-config", "--format", "json", corpus.path])
        #expect(result.exitCode == 1, "the corpus has errors: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["files"] == manifests)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        for diagnostic in diagnostics {
            #expect((diagnostic["line"] as? Int ?? 0) >= 1 && (diagnostic["column"] as? Int ?? 0) >= 1)
        }
        // A file without findings was loaded and found to hold objects; no file vanishes.
        let files = Set(diagnostics.compactMap { $0["file"] as? String })
        #expect(files.count <= manifests)
    }
}
