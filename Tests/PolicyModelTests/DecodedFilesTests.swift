import PolicyModel
import Testing

@Suite("Files decoded as they load are put together once, and kept without a copy")
struct DecodedFilesTests {
    private let files: [(path: String, text: String)] = [
        ("a/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [route.yaml]\n"
            + "patchesStrategicMerge: [patch.yaml]\n"),
        ("a/patch.yaml", "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web}\nspec:\n  rules:\n"
            + "  - sessionPersistence: {sessionName: a b}\n"),
        ("a/route.yaml", "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web}\nspec:\n"
            + "  parentRefs: [{name: gw}]\n  rules:\n  - backendRefs: [{name: web, port: 80}, {name: canary, port: 80}]\n"
            + "    sessionPersistence: {sessionName: \"bad name\", absoluteTimeout: 1d}\n"),
        ("b/service.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  sessionAffinity: ClientIP\n  ports: [{port: 80}]\n"
            + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: web, name: again}\n"),
        ("c/template.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: {{ .Values.name }}}\n"),
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
                                                         "ConfigMap default/again"])
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
