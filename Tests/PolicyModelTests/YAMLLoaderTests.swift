@testable import PolicyModel
import SppctlTestSupport
import Testing

@Suite("The libyaml loader")
struct YAMLLoaderTests {
    private func load(_ text: String, limits: LoadLimits = .standard) -> LoadedFile {
        YAMLLoader(limits: limits).load(bytes: Array(text.utf8), path: "in.yaml")
    }

    @Test("every node keeps its 1-based line and column")
    func locations() throws {
        let file = load("a: 1\nb:\n  - x\n  - {c: d}\n")
        let root = try #require(file.documents.first?.root)
        #expect(root.location == SourceLocation(file: "in.yaml", line: 1, column: 1))
        #expect(root.entry("b")?.key.location.line == 2)
        let items = try #require(root["b"]?.items)
        #expect(items[0].location == SourceLocation(file: "in.yaml", line: 3, column: 5))
        #expect(items[1]["c"]?.location == SourceLocation(file: "in.yaml", line: 4, column: 9))
    }

    @Test("columns count Unicode scalars, not bytes")
    func unicodeColumns() throws {
        let root = try #require(load("ä: ö\nb: c\n").documents.first?.root)
        #expect(root["ä"]?.location.column == 4)
    }

    @Test("multi-document streams keep every document in order")
    func multiDocument() {
        let file = load("a: 1\n---\nb: 2\n---\n# only a comment\n")
        #expect(file.documents.count == 3)
        #expect(file.documents[1].root?["b"]?.value == .int(2))
        #expect(file.documents[2].root == nil || file.documents[2].root?.isNull == true)
    }

    @Test("documents kept whole (no decoder) keep storage for their own nodes and text only, not a file's worth each")
    func keptDocumentsKeepTheirOwnStorage() throws {
        // 2,000 small documents in one file of about 60 KB.
        let text = (0..<2000).map { "name: doc-\($0)\nvalue: \($0)\n" }.joined(separator: "---\n")
        let file = YAMLLoader().load(bytes: Array(text.utf8), path: "many.yaml")
        #expect(file.documents.count == 2000)
        let trees = file.documents.compactMap { $0.root?.tree }
        #expect(trees.count == 2000)
        // Five records and about 20 bytes of text each: storage grown to fit (what malloc gives
        // for it varies with what was freed before), never a file's room (7,500 records, 60 KB).
        #expect(trees.map(\.records.capacity).max() ?? 0 <= 1024)
        #expect(trees.map(\.text.capacity).max() ?? 0 <= 4096)
    }

    @Test("strict scalars: only true and false are booleans, quoted scalars stay strings")
    func strictScalars() throws {
        let root = try #require(load("a: yes\nb: true\nc: \"true\"\nd: 8080\ne: '8080'\nf: ~\ng: 1.5\nh: on\n").documents.first?.root)
        #expect(root["a"]?.value == .string("yes"))
        #expect(root["b"]?.value == .bool(true))
        #expect(root["c"]?.value == .string("true"))
        #expect(root["d"]?.value == .int(8080))
        #expect(root["e"]?.value == .string("8080"))
        #expect(root["f"]?.value == .null)
        #expect(root["g"]?.value == .float(1.5))
        #expect(root["h"]?.value == .string("on"))
    }

    @Test("JSON input loads like YAML")
    func json() throws {
        let root = try #require(load("{\"kind\": \"Service\", \"spec\": {\"ports\": [{\"port\": 80}]}}").documents.first?.root)
        #expect(root["kind"]?.string == "Service")
        #expect(root["spec"]?["ports"]?.items?.first?["port"]?.value == .int(80))
    }

    @Test("aliases are expanded and merge keys applied")
    func aliases() throws {
        let root = try #require(load("base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\n").documents.first?.root)
        #expect(root["use"]?["x"]?.value == .int(1))
        #expect(root["merged"]?["x"]?.value == .int(1))
        #expect(root["merged"]?["y"]?.value == .int(3))
    }

    @Test("a syntax error is reported at libyaml's position; earlier documents are kept")
    func syntaxError() throws {
        let file = load("a: 1\n---\nb: [1, 2\n")
        #expect(file.documents.count == 1)
        let issue = try #require(file.issues.first)
        #expect(issue.location.line == 4)
        #expect(issue.message.hasPrefix("did not find expected ',' or ']'"))
    }

    @Test("an undefined alias is an issue, not a crash")
    func undefinedAlias() {
        let file = load("a: *nowhere\n")
        #expect(file.issues.map(\.message) == ["undefined alias *nowhere"])
        #expect(file.issues.first?.location == SourceLocation(file: "in.yaml", line: 1, column: 4))
    }

    @Test("an alias bomb stops at the expansion limit")
    func aliasBomb() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let file = load(text)
        let issue = try #require(file.issues.first)
        #expect(issue.message.hasPrefix("alias expansion exceeds 100000 nodes"))
        #expect(file.documents.isEmpty)
    }

    @Test("10,000-deep nesting stops at the depth limit")
    func deepNesting() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let file = load(text)
        let issue = try #require(file.issues.first)
        #expect(issue.message == "nesting deeper than 256 levels; the rest of the file is not loaded")
        #expect(issue.location == SourceLocation(file: "in.yaml", line: 1, column: 257))
    }

    @Test("invalid UTF-8 is reported at the offending byte")
    func invalidUTF8() throws {
        var bytes = Array("kind: Service\nmetadata:\n  name: we".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("b\n".utf8))
        let file = YAMLLoader().load(bytes: bytes, path: "bad.yaml")
        let issue = try #require(file.issues.first)
        #expect(issue.location == SourceLocation(file: "bad.yaml", line: 3, column: 11))
        #expect(issue.message == "invalid UTF-8: byte 0xFF cannot start a character")
    }

    @Test("a NUL byte marks binary data")
    func nulByte() throws {
        let file = YAMLLoader().load(bytes: [0x61, 0x3A, 0x20, 0x00, 0x62], path: "blob.yaml")
        let issue = try #require(file.issues.first)
        #expect(issue.location == SourceLocation(file: "blob.yaml", line: 1, column: 4))
        #expect(issue.message == "NUL byte: this is binary data, not YAML or JSON text")
    }

    @Test("the characters found as control characters before parsing are exactly those libyaml's reader refuses")
    func controlCharactersAsLibyamlFindsThem() throws {
        let scalars = Array(0x01...0x100) + Array(0xD7F0...0xD7FF) + Array(0xE000...0xE010) + Array(0xFEF0...0xFFFF) + [0x10000, 0x10FFFF]
        // ASCII ones at each place in a word of eight bytes (they are looked for eight at a time).
        for (value, padding) in scalars.map({ ($0, 0) }) + (0x01...0x7F).flatMap({ value in (1..<8).map { (value, $0) } }) {
            let scalar = try #require(Unicode.Scalar(UInt32(value)))
            let bytes = Array("a: b\nc: \"x\(String(repeating: "p", count: padding))\(Character(scalar))y\"\n".utf8)
            // libyaml alone (no check before it), and the loader.
            var builder = TreeBuilder(path: "c.yaml", limits: .standard, bodies: .everything, bodyDecisions: Memo(), decoder: nil)
            bytes.withUnsafeBufferPointer { builder.run($0, source: SourceText(bytes: bytes)) }
            let refused = builder.issues.first?.message == "control characters are not allowed"
            let check = bytes.withUnsafeBufferPointer(SourceText.check)
            let found = check.problem == nil && check.control != nil
            #expect(found == refused, "U+\(String(value, radix: 16, uppercase: true))")
            if refused {
                let file = YAMLLoader().load(bytes: bytes, path: "c.yaml")
                #expect(file.issues.map(\.message) == ["control characters are not allowed"])
                #expect(file.issues.first?.location == builder.issues.first?.location, "U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }

    @Test("control characters are reported with libyaml's reader message at their position")
    func controlCharacter() throws {
        let file = YAMLLoader().load(bytes: Array("a: b\nc: \u{07}\n".utf8), path: "c.yaml")
        let issue = try #require(file.issues.first)
        #expect(issue.location == SourceLocation(file: "c.yaml", line: 2, column: 4))
        #expect(issue.message == "control characters are not allowed")
    }

    @Test("the lean path builds only the envelope of kinds sppctl does not analyse, and still finds their duplicate keys")
    func leanPath() throws {
        let text = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          replicas: 1
          template: {spec: {containers: [{name: a, image: b}]}}
          replicas: 2
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: r}
        spec: {rules: [{}]}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoot
        metadata: {name: typo}
        spec: {rules: [{}]}

        """
        let lean = YAMLLoader(bodies: .analysedKindsOnly).load(bytes: Array(text.utf8), path: "in.yaml")
        let full = YAMLLoader().load(bytes: Array(text.utf8), path: "in.yaml")
        #expect(lean.issues.isEmpty)
        let deployment = try #require(lean.documents.first?.root)
        #expect(deployment["metadata"]?["name"]?.string == "web")
        #expect(deployment["spec"]?.scalar?.text == "")
        #expect(full.documents.first?.root?["spec"]?["template"]?["spec"]?["containers"]?.items?.count == 1)
        #expect(lean.documents[1].root?["spec"]?["rules"]?.items?.count == 1)
        #expect(lean.documents[2].root?["spec"]?["rules"]?.items?.count == 1, "a likely misspelling keeps its body for SPP011")
        let duplicates = lean.duplicateKeys.map { "\($0.key) \($0.location.line):\($0.location.column) first \($0.first.line)" }
        #expect(duplicates == ["replicas 7:3 first 5"])
        #expect(duplicates == full.duplicateKeys.map { "\($0.key) \($0.location.line):\($0.location.column) first \($0.first.line)" })
    }

    @Test("skipped mappings at the same depth, one after another, each start with no keys (their key tables are reused)")
    func skippedSiblingsKeepTheirOwnKeys() {
        let many = (0..<20).map { "k\($0): v" }.joined(separator: ", ")
        let text = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              a: {\(many)}
              b: {k1: v, x: 1}
              c: [{x: 1, y: 2}, {x: 1, y: 2, x: 3}]
              d: {k5: v, k5: w}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: next}
            data: {k1: v, x: 1}

            """
        let lean = YAMLLoader(bodies: .analysedKindsOnly).load(bytes: Array(text.utf8), path: "in.yaml")
        let full = YAMLLoader().load(bytes: Array(text.utf8), path: "in.yaml")
        let render = { (file: LoadedFile) in file.duplicateKeys.map { "\($0.key) \($0.location.line):\($0.location.column) first \($0.first.column)" } }
        #expect(render(lean) == ["x 7:34 first 22", "k5 8:14 first 7"])
        #expect(render(lean) == render(full))
    }

    @Test("the lean path keeps the depth limit inside skipped bodies")
    func leanPathDepth() throws {
        let text = "kind: ConfigMap\ndata: " + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "\n"
        let file = YAMLLoader(limits: LoadLimits(maxDepth: 10), bodies: .analysedKindsOnly).load(bytes: Array(text.utf8), path: "in.yaml")
        let issue = try #require(file.issues.first)
        #expect(issue.message == "nesting deeper than 10 levels; the rest of the file is not loaded")
        #expect(issue.location == SourceLocation(file: "in.yaml", line: 2, column: 16))
    }

    @Test("duplicate keys in large mappings (hashed, past 16 keys), skipped or built, in a List item too, match the full loader's")
    func largeMappingDuplicates() {
        let keys = (0..<40).map { "k\($0)-\(String(repeating: "x", count: $0 % 3 == 0 ? 20 : 1))" }
        let body = (keys + [keys[3], keys[39], keys[16]]).map { "  \($0): v" }.joined(separator: "\n")
        let text = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: big}
            data:
            \(body)
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: svc}
            spec:
              selector:
            \(body.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            ---
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: ConfigMap
              metadata: {name: item}
              data: {a: 1, b: 2, a: 3}

            """
        let lean = YAMLLoader(bodies: .analysedKindsOnly).load(bytes: Array(text.utf8), path: "in.yaml")
        let full = YAMLLoader().load(bytes: Array(text.utf8), path: "in.yaml")
        let render = { (file: LoadedFile) in file.duplicateKeys.map { "\($0.key) \($0.location.line):\($0.location.column) first \($0.first.line)" } }
        #expect(render(lean) == ["\(keys[3]) 45:3 first 8", "\(keys[39]) 46:3 first 44", "\(keys[16]) 47:3 first 21",
                                 "\(keys[3]) 94:5 first 57", "\(keys[39]) 95:5 first 93", "\(keys[16]) 96:5 first 70", "a 104:22 first 104"])
        #expect(render(lean) == render(full))
        #expect(lean.documents[2].root?["items"]?.items?.first?["data"]?.scalar?.text == "", "a List item of an unanalysed kind is skipped too")
    }

    @Test("a List's items are decoded as each one loads (also with kind after the items, as kubectl writes it), exactly as the whole List decodes afterwards; not when it is no List")
    func streamedListItems() throws {
        let text = """
            apiVersion: v1
            kind: List
            metadata: {}
            items:
            - &base
              apiVersion: v1
              kind: ConfigMap
              metadata: {name: first, namespace: a}
              data: {x: 1, x: 2}
            - <<: *base
              metadata: {name: second}
            - just a scalar
            - metadata: {name: no-kind}
            - apiVersion: v1
              kind: Service
              metadata: {name: web, annotations: {sppctl.io/ignore: SPP020}}
              spec:
                ports: [{name: http, port: 80}]
                selector: {app: web}
                sessionAffinity: 7
            - apiVersion: gateway.networking.k8s.io/v1
              kind: HTTPRoute
              metadata: {name: r}
              spec: {rules: [{backendRefs: [{name: web, port: 80}], unknownField: 1}]}
            ---
            apiVersion: v1
            kind: FooList
            items:
            - {apiVersion: v1, kind: ConfigMap, metadata: {name: not-an-item}}
            spec: {}
            ---
            apiVersion: v1
            items:
            - {apiVersion: v1, kind: ConfigMap, metadata: {name: late-kind}, data: {k: v}}
            kind: List
            metadata: {resourceVersion: ""}
            ---
            apiVersion: v1
            items:
            - {apiVersion: v1, kind: ConfigMap, metadata: {name: not-an-item-either}}
            kind: ConfigMap
            metadata: {name: holder}

            """
        let decoder = ObjectDecoder(generation: .v1_6)
        let streamed = YAMLLoader(bodies: .analysedKindsOnly, decoder: decoder).load(bytes: Array(text.utf8), path: "list.yaml")
        let kept = YAMLLoader(bodies: .analysedKindsOnly).load(bytes: Array(text.utf8), path: "list.yaml")
        var afterwards = DecodedInputs()
        for document in kept.documents { decoder.decode(document, into: &afterwards) }
        let decoded = try #require(streamed.decoded)
        let objects = { (inputs: DecodedInputs) in
            inputs.objects.map { "\($0.gvk.kind) \($0.metadata.effectiveNamespace)/\($0.metadata.name?.value ?? "-") \($0.location)" }
        }
        // The merged item's own metadata replaces the anchored one whole (so no namespace).
        #expect(objects(decoded) == ["ConfigMap a/first list.yaml:5:3", "ConfigMap default/second list.yaml:10:3", "Service default/web list.yaml:14:3",
                                     "HTTPRoute default/r list.yaml:21:3", "FooList default/- list.yaml:26:1",
                                     "ConfigMap default/late-kind list.yaml:34:3", "ConfigMap default/holder list.yaml:38:1"])
        #expect(kept.documents[2].root?["items"]?.items?.first?["data"]?.scalarText == "", "items before the kind are read as a List's")
        #expect(objects(decoded) == objects(afterwards))
        let others = { (inputs: DecodedInputs) in inputs.nonObjects.map { "\($0.location) \($0.reason)" } }
        #expect(others(decoded) == ["list.yaml:12:3 this List item has no kind", "list.yaml:13:3 this List item has no kind"])
        #expect(others(decoded) == others(afterwards))
        let violations = { (inputs: DecodedInputs) in inputs.schemaViolations.map { "\($0.location) \($0.path)" } }
        #expect(violations(decoded) == ["list.yaml:20:22 spec.sessionAffinity", "list.yaml:24:57 spec.rules[0].unknownField"])
        #expect(violations(decoded) == violations(afterwards))
        let duplicates = { (file: LoadedFile) in file.duplicateKeys.map { "\($0.key) \($0.location.line):\($0.location.column)" } }
        #expect(duplicates(streamed) == ["x 9:16"])
        #expect(duplicates(streamed) == duplicates(kept))
    }

    @Test("one loader reads file after file as fresh loaders read each (its builders' arrays go from one file to the next)")
    func builderStorageCarriesNothingOver() throws {
        let keys = (0..<40).map { "  k\($0): v" }.joined(separator: "\n")
        let texts = [
            // Deep, skipped and built, with a document left open at a problem.
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n\(keys)\n---\napiVersion: gateway.networking.k8s.io/v1\n"
                + "kind: HTTPRoute\nmetadata: {name: r, name: r2}\nspec:\n  rules:\n  - backendRefs: [{name: s, port: 80, port: 81}]\n"
                + "    matches: [{path: {value: /a, type: [\n",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata:\n\(keys)\n  k3: again\n",
            "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  rules:\n"
                + "  - backendRefs: [{name: s, port: 80}]\n    sessionPersistence: {sessionName: x, sessionName: y}\n",
            "kind: Service\napiVersion: v1\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n",
            // Nested to one level below the depth limit: containers a file before left open would count.
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: " + String(repeating: "[", count: 10) + String(repeating: "]", count: 10) + "\n",
        ]
        let decoder = ObjectDecoder(generation: .v1_6)
        let render = { (file: LoadedFile) -> [String] in
            let decoded = file.decoded ?? DecodedInputs()
            return file.duplicateKeys.map { "\($0.key) \($0.location) first \($0.first)" } + file.issues.map { "\($0.location) \($0.message)" }
                + decoded.objects.map { "\($0.gvk.kind) \($0.metadata.name?.value ?? "-") \($0.location)" }
                + decoded.schemaViolations.map { "\($0.location) \($0.path)" }
        }
        let limits = LoadLimits(maxDepth: 12)
        let shared = YAMLLoader(limits: limits, bodies: .analysedKindsOnly, decoder: decoder)
        for round in 0..<2 {
            for (index, text) in texts.enumerated() {
                let alone = YAMLLoader(limits: limits, bodies: .analysedKindsOnly, decoder: decoder).load(bytes: Array(text.utf8), path: "\(index).yaml")
                let after = shared.load(bytes: Array(text.utf8), path: "\(index).yaml")
                #expect(render(after) == render(alone), "file \(index), round \(round)")
            }
        }
        #expect(render(shared.load(bytes: Array(texts[1].utf8), path: "1.yaml")) == ["k3 1.yaml:45:3 first 1.yaml:8:3", "ConfigMap b 1.yaml:1:1"])
        #expect(render(shared.load(bytes: Array(texts[4].utf8), path: "4.yaml")) == ["ConfigMap deep 4.yaml:1:1"])
    }

    @Test("an object whose kind comes after its body: skipped, then parsed again when the kind needs it, exactly as the full loader reads it")
    func kindAfterBody() throws {
        let text = """
            # ünïcödé before it, so that characters and bytes differ
            apiVersion: gateway.networking.k8s.io/v1
            spec:
              parentRefs: [{name: gw}]
              rules:
              - backendRefs: [{name: web, port: 80}]
                sessionPersistence: {sessionName: "ünï", absoluteTimeout: 1d, idleTimeout: 5m, idleTimeout: 6m}
                unknown: &shared {a: 1}
                other: *shared
            metadata: {name: late, namespace: ns}
            kind: HTTPRoute
            ---
            apiVersion: v1
            data: {a: "1", a: "2"}
            kind: ConfigMap
            metadata: {name: cm}
            ...
            ---
            apiVersion: v1
            spec:
              ports: [{name: http, port: 80}]
              sessionAffinity: 12
            kind: Service
            metadata: {name: web}
            """
        let decoder = ObjectDecoder(generation: .v1_6)
        let streamed = YAMLLoader(bodies: .analysedKindsOnly, decoder: decoder).load(bytes: Array(text.utf8), path: "late.yaml")
        let lean = YAMLLoader(bodies: .analysedKindsOnly).load(bytes: Array(text.utf8), path: "late.yaml")
        let full = YAMLLoader().load(bytes: Array(text.utf8), path: "late.yaml")
        let decodedAfterwards = { (file: LoadedFile) -> DecodedInputs in
            var inputs = DecodedInputs()
            for document in file.documents { decoder.decode(document, into: &inputs) }
            return inputs
        }
        let render = { (inputs: DecodedInputs) in
            inputs.objects.map { "\($0.gvk.kind) \($0.metadata.effectiveNamespace)/\($0.metadata.name?.value ?? "-") \($0.location)" }
                + inputs.schemaViolations.map { "\($0.location) \($0.path)" } + inputs.nonObjects.map { "\($0.location) \($0.reason)" }
        }
        let duplicates = { (file: LoadedFile) in file.duplicateKeys.map { "\($0.key) \($0.location) first \($0.first)" } }
        let expected = render(decodedAfterwards(full))
        #expect(expected == ["HTTPRoute ns/late late.yaml:2:1", "ConfigMap default/cm late.yaml:13:1", "Service default/web late.yaml:19:1",
                             "late.yaml:7:63 spec.rules[0].sessionPersistence.absoluteTimeout",
                             "late.yaml:7:67 spec.rules[0].sessionPersistence.idleTimeout", "late.yaml:7:84 spec.rules[0].sessionPersistence.idleTimeout",
                             "late.yaml:8:5 spec.rules[0].unknown", "late.yaml:9:5 spec.rules[0].other", "late.yaml:22:20 spec.sessionAffinity"])
        #expect(render(try #require(streamed.decoded)) == expected)
        #expect(render(decodedAfterwards(lean)) == expected)
        #expect(duplicates(streamed) == duplicates(full))
        #expect(duplicates(lean) == duplicates(full))
        #expect(duplicates(full).count == 2)
        // The route and the Service were parsed again with their bodies; the ConfigMap's stayed skipped.
        #expect(lean.documents.count == 3)
        #expect(lean.documents[0].root?["spec"]?["rules"]?.items?.count == 1)
        #expect(lean.documents[1].root?["data"]?.scalarText == "")
        #expect(lean.documents[2].root?["spec"]?["ports"]?.items?.count == 1)
    }

    @Test("a Go template action is found on its own line only, at its column in Unicode scalars")
    func templateAction() {
        let text = "a: {b: 1}\nc: \"{{ not closed\"\nd: x }}\nä: ö {{ .Values.name }}\n"
        let file = YAMLLoader().load(bytes: Array(text.utf8), path: "t.yaml")
        #expect(file.templateAction == SourceLocation(file: "t.yaml", line: 4, column: 6))
        #expect(YAMLLoader().load(bytes: Array("a: {b: {c: 1}}\n".utf8), path: "t.yaml").templateAction == nil)
        #expect(YAMLLoader().load(bytes: Array("a: '{{'\n".utf8), path: "t.yaml").templateAction == nil)
    }
}
