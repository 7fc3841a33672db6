import Foundation
import PolicyModel
import SppctlTestSupport
import Testing

@Suite("Files decoded as they load are put together once, and kept without a copy")
struct DecodedFilesTests {
    private let files: [(path: String, text: String)] = [
        ("a/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [route.yaml]\n"
            + "patchesStrategicMerge: [patch.yaml]\n"),
        ("a/patch.yaml", "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web}\nspec:\n  rules:\n"
            + "  - sessionPersistence: {sessionName: a b}\n  bogus: 1\n---\n- a list\n"),
        ("a/route.yaml", "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web}\nspec:\n"
            + "  parentRefs: [{name: gw}]\n  rules:\n  - backendRefs: [{name: web, port: 80}, {name: canary, port: 80}]\n"
            + "    sessionPersistence: {sessionName: \"bad name\", absoluteTimeout: 1d}\n"),
        ("b/service.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  sessionAffinity: ClientIP\n  ports: [{port: 80}]\n"
            + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: web, name: again}\n"),
        ("c/template.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: {{ .Values.name }}}\n"),
        ("d/policy.yaml", "apiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackendTrafficPolicy\nmetadata: {name: sticky}\n"
            + "spec:\n  targetRefs: [{group: \"\", kind: Service, name: web}]\n  sessionPersistence: {sessionName: s, bogus: 2}\n"),
        ("e/odd.yaml", "kind: Service\nmetadata: {name: odd}\n---\n- another list\n"),
    ]

    private func load() -> [LoadedFile] {
        let loader = YAMLLoader(bodies: .analysedKindsOnly, decoder: ObjectDecoder(generation: .v1_6))
        return files.map { loader.load(bytes: Array($0.text.utf8), path: $0.path) }
    }

    private func render(_ analysis: Analysis) -> [String] {
        analysis.report.diagnostics.map { "\($0.location) \($0.id) \($0.message)" }
            + analysis.context.objects.map { "object \($0.label) \($0.location)" }
            + analysis.context.kustomizePatches.map { "patch \($0.patch.path) \($0.location)" }
            + analysis.graph.entries.map { "entry \($0.route.label) \($0.rule.label) \($0.backend.label) \($0.validity.name)" }
    }

    @Test("an analysis of files without what they decoded to, given it put together, is the analysis of the files")
    func sameAnalysis() {
        let loaded = load()
        let options = AnalysisOptions(generation: .v1_6)
        let decoded = DecodedFiles(files: loaded, decoder: ObjectDecoder(generation: .v1_6), jobs: 2)
        let kept = loaded.map { $0.withoutDecoded() }
        let expected = render(Analysis(files: loaded, options: options))
        #expect(render(Analysis(files: kept, decoded: decoded, options: options)) == expected)
        #expect(expected.contains { $0.hasPrefix("patch a/patch.yaml a/patch.yaml:3:") })
        #expect(expected.contains { $0.hasPrefix("entry HTTPRoute default/web rule 0 Service default/canary:80 ") })
        #expect(expected.contains { $0.hasPrefix("c/template.yaml:3:") })
        #expect(decoded.inputs.objects.map(\.label) == ["HTTPRoute default/web", "Service default/web",
                                                         "ConfigMap default/again", "XBackendTrafficPolicy default/sticky", "Service default/odd"])
    }

    /// Everything put together, one line a value, each with where it is.
    private func render(_ decoded: DecodedFiles) -> [String] {
        let inputs = decoded.inputs
        return inputs.objects.map { "object \($0.label) \($0.location)" }
            + inputs.nonObjects.map { "non-object \($0.location) \($0.reason)" }
            + inputs.schemaViolations.map { "violation \($0.location) \($0.path)" }
            + inputs.envelopeSuspects.map { "suspect \($0.label)" }
            + inputs.sessionPersistenceConfigs.map { "settings \($0.object.label) \($0.config.location)" }
            + inputs.knownKindPositions.map { "known \(inputs.objects[$0].label)" }
            + inputs.kustomizePatches.map { "names \($0.path)" }
            + decoded.kustomizePatches.map { "patch \($0.patch.path) \($0.location)" }
    }

    @Test("files put together by each worker as they load (2 and 3 workers, and 1) give what putting the loaded files together gives; a patch's objects, non-objects, violations and settings are left out", arguments: [1, 2, 3])
    func putTogetherWhileLoading(jobs: Int) throws {
        let directory = try TestPaths.temporaryDirectory(with: Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) }))
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = files.map { directory.appendingPathComponent($0.path).path }
        let decoder = ObjectDecoder(generation: .v1_6)
        let reader = InputReader(loader: YAMLLoader(jobs: jobs, bodies: .analysedKindsOnly, decoder: decoder))
        let loaded = reader.load(paths).files
        let (kept, parts, errors) = reader.loadDecoded(paths)
        #expect(errors.isEmpty && parts.count == jobs)
        #expect(kept.map(\.path) == paths && kept.allSatisfy { $0.decoded == nil })
        let expected = render(DecodedFiles(files: loaded, decoder: decoder, jobs: jobs))
        #expect(render(DecodedFiles(parts: parts, files: kept, settings: decoder.settings)) == expected)
        let root = directory.path + "/"
        #expect(expected.map { $0.replacingOccurrences(of: root, with: "") } == [
            "object HTTPRoute default/web a/route.yaml:1:1",
            "object Service default/web b/service.yaml:1:1",
            "object ConfigMap default/again b/service.yaml:8:1",
            "object XBackendTrafficPolicy default/sticky d/policy.yaml:1:1",
            "object Service default/odd e/odd.yaml:1:1",
            "non-object e/odd.yaml:4:1 the document is a list, not a mapping",
            "violation a/route.yaml:8:68 spec.rules[0].sessionPersistence.absoluteTimeout",
            "violation d/policy.yaml:6:40 spec.sessionPersistence.bogus",
            "suspect Service default/odd",
            "settings HTTPRoute default/web a/route.yaml:8:5",
            "settings XBackendTrafficPolicy default/sticky d/policy.yaml:6:3",
            "known HTTPRoute default/web",
            "known Service default/web",
            "known XBackendTrafficPolicy default/sticky",
            "known Service default/odd",
            "names a/patch.yaml",
            "patch a/patch.yaml a/patch.yaml:3:18",
        ])
    }

    @Test("a file without what it decoded to keeps its path, source, issues and duplicate keys")
    func withoutDecoded() throws {
        for file in load() {
            let kept = file.withoutDecoded()
            #expect(file.decoded != nil && file.decodedWith == ObjectDecoder(generation: .v1_6).settings)
            #expect(kept.decoded == nil && kept.decodedWith == nil)
            #expect(kept.path == file.path && kept.source.size == file.source.size && kept.templateAction == file.templateAction)
            #expect(kept.issues.map(\.message) == file.issues.map(\.message))
            #expect(kept.duplicateKeys.map(\.key) == file.duplicateKeys.map(\.key))
            #expect(kept.withoutDecoded() === kept)
        }
        #expect(load()[3].withoutDecoded().duplicateKeys.map(\.key) == ["name"])
    }
}
