import Foundation
import PolicyModel
import SppctlTestSupport
import Testing

/// One release folder of `../shared/reference/gateway-api-crds/` and the generation whose
/// tables it must match.
struct CRDRelease: CustomTestStringConvertible, Sendable {
    let folder: String
    let generation: Generation
    var testDescription: String { "\(folder) ↔ \(generation.rawValue)" }

    static let all = [
        CRDRelease(folder: "v1.1.0", generation: .v1_1_0),
        CRDRelease(folder: "v1.2.1", generation: .v1_2),
        CRDRelease(folder: "v1.4.1", generation: .v1_4),
        CRDRelease(folder: "v1.5.1", generation: .v1_5),
        CRDRelease(folder: "v1.6.1", generation: .v1_6),
        CRDRelease(folder: "main", generation: .main),
    ]
}

/// The model's schema tables must say exactly what the real CRDs say, loaded with sppctl's
/// own loader, so the tables cannot drift from upstream.
@Suite("Schema tables match the upstream CRDs", .enabled(if: TestPaths.sharedIsPresent, Comment(rawValue: TestPaths.sharedMissing)))
struct CRDCrossCheckTests {
    static let crdDirectory = TestPaths.shared.appendingPathComponent("reference/gateway-api-crds")

    @Test("every release folder is covered")
    func foldersCovered() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.crdDirectory.path).filter { !$0.hasSuffix(".md") }
        #expect(Set(folders) == Set(CRDRelease.all.map(\.folder)))
    }

    @Test("served versions, field names, constraints and CEL rules", arguments: CRDRelease.all)
    func release(_ release: CRDRelease) throws {
        let folder = Self.crdDirectory.appendingPathComponent(release.folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(!files.isEmpty)
        var seenKinds: Set<KnownKind> = []
        for name in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let loaded = YAMLLoader(limits: LoadLimits(maxFileBytes: 8 << 20)).load(bytes: [UInt8](data), path: name)
            #expect(loaded.issues.isEmpty, "\(name): \(loaded.issues.map(\.message))")
            let crd = try #require(loaded.documents.first?.root)
            let group = try #require(crd["spec"]?["group"]?.string)
            let kindName = try #require(crd["spec"]?["names"]?["kind"]?.string)
            let kind = try #require(KnownKind(group: group, kind: kindName), "\(name): \(group)/\(kindName) is not a known kind")
            seenKinds.insert(kind)
            let versions = crd["spec"]?["versions"]?.items ?? []
            let served = versions.filter { $0["served"]?.value == .bool(true) }.compactMap { $0["name"]?.string }
            #expect(Set(served) == Set(kind.servedVersions(in: release.generation)), "\(name): served versions")
            for version in versions where version["served"]?.value == .bool(true) {
                let schema = try #require(version["schema"]?["openAPIV3Schema"])
                let ours = KindSchema.object(kind, generation: release.generation)
                let context = "\(release.folder) \(kindName) \(version["name"]?.string ?? "")"
                let topLevel = Set(schema["properties"]?.entries?.compactMap(\.keyText) ?? [])
                #expect(topLevel == Set(ours.fieldNames), "\(context): top-level fields")
                let crdSpec = try #require(schema["properties"]?["spec"])
                var mismatches: [String] = []
                compare(.object(KindSchema.spec(kind, generation: release.generation)), crdSpec, path: "spec", into: &mismatches)
                #expect(mismatches.isEmpty, "\(context):\n\(mismatches.joined(separator: "\n"))")
            }
        }
        let expected = KnownKind.allCases.filter { [.gateway, .httpRoute, .grpcRoute, .referenceGrant, .backendLBPolicy, .xBackendTrafficPolicy].contains($0) }
            .filter { !$0.servedVersions(in: release.generation).isEmpty }
        #expect(seenKinds == Set(expected), "the folder holds the CRDs of every Gateway API kind the generation serves")
    }

    /// Compares our schema node with the CRD's, recording every difference.
    private func compare(_ ours: SchemaNode, _ crd: Node, path: String, into mismatches: inout [String]) {
        let crdType = crd["type"]?.string
        switch ours {
        case .opaque, .stringMap:
            return
        case .object(let object):
            guard crdType == "object" else { mismatches.append("\(path): CRD type \(crdType ?? "none"), ours object"); return }
            let properties = crd["properties"]?.entries ?? []
            let names = Set(properties.compactMap(\.keyText))
            if !object.isOpen, names != Set(object.fieldNames) {
                mismatches.append("\(path): CRD fields \(names.sorted()), ours \(object.fieldNames.sorted())")
            }
            let required = Set((crd["required"]?.items ?? []).compactMap(\.string))
            if required != Set(object.required) {
                mismatches.append("\(path): CRD required \(required.sorted()), ours \(object.required.sorted())")
            }
            // Every CEL rule on an object sppctl models is in its tables, verbatim.
            celRules(object.validations, crd, path: path, into: &mismatches)
            for field in object.fields {
                guard let crdField = crd["properties"]?[field.name] else {
                    mismatches.append("\(path).\(field.name): not in the CRD")
                    continue
                }
                compare(field.schema, crdField, path: "\(path).\(field.name)", into: &mismatches)
            }
        case .array(let items, let facets):
            guard crdType == "array", let crdItems = crd["items"] else { mismatches.append("\(path): CRD type \(crdType ?? "none"), ours array"); return }
            // Every list's item bounds, list-map keys and CEL rules match.
            if facets.minItems != intValue(crd["minItems"]) || facets.maxItems != intValue(crd["maxItems"]) {
                mismatches.append("\(path): CRD items \(String(describing: intValue(crd["minItems"])))…\(String(describing: intValue(crd["maxItems"]))), "
                                  + "ours \(String(describing: facets.minItems))…\(String(describing: facets.maxItems))")
            }
            let mapKeys = crd["x-kubernetes-list-type"]?.string == "map" ? (crd["x-kubernetes-list-map-keys"]?.items ?? []).compactMap(\.string) : []
            if facets.mapKeys != mapKeys {
                mismatches.append("\(path): CRD list-map keys \(mapKeys), ours \(facets.mapKeys)")
            }
            celRules(facets.validations, crd, path: path, into: &mismatches)
            compare(items, crdItems, path: "\(path)[]", into: &mismatches)
        case .string(let facets):
            guard crdType == "string" else { mismatches.append("\(path): CRD type \(crdType ?? "none"), ours string"); return }
            let crdFacets = StringFacets(
                pattern: crd["pattern"]?.string, minLength: intValue(crd["minLength"]), maxLength: intValue(crd["maxLength"]),
                enumValues: crd["enum"]?.items?.compactMap(\.string), defaultValue: crd["default"]?.string)
            // In the session-persistence subtree every facet must match; elsewhere, the facets we set.
            let strict = path.contains("sessionPersistence")
            func check<T: Equatable>(_ name: String, _ mine: T?, _ theirs: T?) {
                if (strict || mine != nil) && mine != theirs {
                    mismatches.append("\(path): \(name) CRD \(String(describing: theirs)), ours \(String(describing: mine))")
                }
            }
            check("pattern", facets.pattern, crdFacets.pattern)
            check("minLength", facets.minLength, crdFacets.minLength)
            check("maxLength", facets.maxLength, crdFacets.maxLength)
            check("enum", facets.enumValues, crdFacets.enumValues)
            check("default", facets.defaultValue, crdFacets.defaultValue)
        case .integer(let facets):
            guard crdType == "integer" else { mismatches.append("\(path): CRD type \(crdType ?? "none"), ours integer"); return }
            if let minimum = facets.minimum, Int64(intValue(crd["minimum"]) ?? Int.min) != minimum {
                mismatches.append("\(path): minimum differs")
            }
            if let maximum = facets.maximum, Int64(intValue(crd["maximum"]) ?? Int.min) != maximum {
                mismatches.append("\(path): maximum differs")
            }
        case .boolean:
            if crdType != "boolean" { mismatches.append("\(path): CRD type \(crdType ?? "none"), ours boolean") }
        }
    }

    /// Records a difference between our CEL rules and the CRD node's, message and rule text.
    private func celRules(_ ours: [CELValidation], _ crd: Node, path: String, into mismatches: inout [String]) {
        let rules = (crd["x-kubernetes-validations"]?.items ?? []).map { ($0["message"]?.string ?? "", $0["rule"]?.string ?? "") }
        let ourRules = ours.map { ($0.message, $0.rule) }
        if rules.map(\.0) != ourRules.map(\.0) || rules.map(\.1) != ourRules.map(\.1) {
            mismatches.append("\(path): CEL rules differ:\n  CRD  \(rules)\n  ours \(ourRules)")
        }
    }

    private func intValue(_ node: Node?) -> Int? {
        if case .int(let value)? = node?.value { return Int(value) }
        return nil
    }
}
