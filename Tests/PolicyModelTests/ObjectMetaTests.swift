import PolicyModel
import Testing

@Suite("Metadata and objects keep every place they were given, with the file once")
struct ObjectMetaTests {
    private let file = "deploy/app.yaml"

    private func at(_ line: Int, _ column: Int) -> PolicyModel.SourceLocation {
        PolicyModel.SourceLocation(file: file, line: line, column: column)
    }

    @Test("name, generateName, namespace, the metadata key, timestamp and annotations come back as given")
    func metadataPlaces() throws {
        let annotation = Located("true", at: at(9, 20), path: "metadata.annotations.sppctl.io/ignore")
        let meta = ObjectMeta(name: Located("web", at: at(4, 9), path: .metadataName), namespace: Located("shop", at: at(5, 14), path: .metadataNamespace),
                              creationTimestamp: Located("2026-01-10T09:00:00Z", at: at(6, 22), path: .metadataCreationTimestamp),
                              annotations: ["sppctl.io/ignore": annotation], keyLocation: at(3, 1))
        let name = try #require(meta.name)
        #expect("\(name.location) \(name.path) \(name.value)" == "deploy/app.yaml:4:9 metadata.name web")
        let namespace = try #require(meta.namespace)
        #expect("\(namespace.location) \(namespace.path) \(namespace.value)" == "deploy/app.yaml:5:14 metadata.namespace shop")
        #expect(meta.effectiveNamespace == "shop")
        #expect(meta.keyLocation?.description == "deploy/app.yaml:3:1")
        #expect(meta.creationTimestamp?.location.description == "deploy/app.yaml:6:22")
        #expect(meta.annotations["sppctl.io/ignore"]?.location.description == "deploy/app.yaml:9:20")

        let generated = ObjectMeta(name: Located("web-", at: at(7, 17), path: .metadataGenerateName), namespace: nil, creationTimestamp: nil,
                                   annotations: [:], defaultNamespace: "team")
        #expect(generated.name.map { "\($0.location) \($0.path)" } == "deploy/app.yaml:7:17 metadata.generateName")
        #expect(generated.namespace == nil && generated.keyLocation == nil && generated.creationTimestamp == nil && generated.annotations.isEmpty)
        #expect(generated.effectiveNamespace == "team")

        let annotated = ObjectMeta(name: Located("web", at: at(4, 9), path: .metadataName), namespace: nil, creationTimestamp: nil,
                                   annotations: ["sppctl.io/ignore": annotation])
        #expect(annotated.annotations["sppctl.io/ignore"]?.value == "true" && annotated.creationTimestamp == nil)
        #expect(annotated.name?.path == .metadataName)

        let bare = ObjectMeta(name: nil, namespace: nil, creationTimestamp: nil, annotations: [:])
        #expect(bare.name == nil && bare.namespace == nil && bare.keyLocation == nil && bare.effectiveNamespace == "default")
    }

    @Test("an object keeps where it starts and where its apiVersion and kind are written")
    func objectPlaces() throws {
        let loaded = YAMLLoader(bodies: .analysedKindsOnly, decoder: ObjectDecoder(generation: .v1_6))
            .load(bytes: Array("# a comment\n---\nkind: Service\n  # indented comment\napiVersion: v1\nmetadata:\n  name: web\n".utf8), path: file)
        let object = try #require(loaded.decoded?.objects.first)
        #expect(object.location.description == "deploy/app.yaml:3:1")
        #expect(object.kind.map { "\($0.location) \($0.path) \($0.value)" } == "deploy/app.yaml:3:7 kind Service")
        #expect(object.apiVersion.map { "\($0.location) \($0.path) \($0.value)" } == "deploy/app.yaml:5:13 apiVersion v1")
        #expect(object.metadata.keyLocation?.description == "deploy/app.yaml:6:1")
        #expect(object.metadata.name?.location.description == "deploy/app.yaml:7:9")
        #expect(object.anchorLocation.description == "deploy/app.yaml:7:9")
    }
}
