import Foundation
import SppctlTestSupport
import Testing

/// The real-world corpus in `../shared/corpus`: every file loads, nothing crashes, every
/// diagnostic is located, no file is skipped silently.
@Suite("The shared corpus", .enabled(if: TestPaths.sharedIsPresent, Comment(rawValue: TestPaths.sharedMissing)))
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

    @Test("Envoy Gateway's passing e2e manifest gets no finding its test contradicts, under gep and envoy-gateway")
    func envoyGatewayEndToEnd() throws {
        let manifest = TestPaths.shared.appendingPathComponent(
            "corpus/gateway-api-and-implementations/envoyproxy_gateway__test_e2e_testdata_httproute-session-persistence.yaml").path
        for implementation in ["gep", "envoy-gateway"] {
            let result = try Sppctl.run(["lint", "--no-config", "--format", "json", "--implementation", implementation, manifest])
            #expect(result.exitCode == 0, "\(implementation): \(result.stdout)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            let ids = diagnostics.compactMap { $0["id"] as? String }
            // A header and a cookie named Session-A, and cookies on disjoint paths, do not collide.
            #expect(!ids.contains("SPP208") && !ids.contains("SPP209"), "\(implementation): \(ids)")
            #expect(!diagnostics.contains { $0["severity"] as? String == "error" }, "\(implementation)")
            #expect(!diagnostics.contains { ($0["message"] as? String ?? "").contains("never stick") })
        }
    }
}
