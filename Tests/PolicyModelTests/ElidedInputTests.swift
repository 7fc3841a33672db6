@testable import PolicyModel
import Testing

/// What libyaml is given when bodies are skipped: the values the builder skips, elided where
/// they are known to parse, and everything else as it is; and what the builder makes of it.
@Suite("Elided input")
struct ElidedInputTests {
    /// Everything an ``ElidedInput`` over `text` gives libyaml, read `capacity` bytes at a time.
    private func given(_ text: String, capacity: Int = 7, listItemsFragment: Bool = false, maxDepth: Int = LoadLimits.standard.maxDepth) -> String {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var input = ElidedInput(buffer, listItemsFragment: listItemsFragment, maxDepth: maxDepth) { kind, apiVersion in BodyPolicy.analysedKindsOnly.keepsBody(kind: kind, apiVersion: apiVersion) }
            var out: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: capacity)
            while true {
                let count = chunk.withUnsafeMutableBufferPointer { input.read(into: $0.baseAddress!, capacity: capacity) }
                if count == 0 { break }
                out += chunk[..<count]
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    @Test("a body the builder skips reaches libyaml as {} where its first line starts, its other lines empty; a kept kind's as it is")
    func elidesSkippedBodies() {
        let text = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web}
            spec:
              # the pods
              replicas: 2
              template:
                spec:
                  containers:
                  - name: app
                    args: ["--a", '--b']
                    env:
                    - {name: A, value: "1"}
                  script: |
                    echo "a: b"

            status: {}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r}
            spec:
              rules:
              - {}
            ---
            kind: ConfigMap
            apiVersion: v1
            data:
              - a
            """
        let expected = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web}
            spec:

              {}










            status: {}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r}
            spec:
              rules:
              - {}
            ---
            kind: ConfigMap
            apiVersion: v1
            data:
              -
            """
        #expect(given(text) == expected)
        #expect(given(text, capacity: 1) == expected)
        #expect(given(text, capacity: 4096) == expected)
    }

    @Test("a sequence is elided as its first entry's -, also at its key's own column (where {} would be a key)")
    func elidesSequences() {
        #expect(given("kind: ConfigMap\napiVersion: v1\ndata:\n- a\n- b: 1\n  c: 2\nimmutable: true\n")
                == "kind: ConfigMap\napiVersion: v1\ndata:\n-\n\n\nimmutable: true\n")
        #expect(given("kind: ConfigMap\napiVersion: v1\ndata:\n  # c\n    - a\n    -\n      b: 1\n") == "kind: ConfigMap\napiVersion: v1\ndata:\n\n    -\n\n\n")
        #expect(given("kind: ConfigMap\napiVersion: v1\ndata:\n  - --flag=1\n  - -c\n  - k: -1\n") == "kind: ConfigMap\napiVersion: v1\ndata:\n  -\n\n\n",
                "a plain scalar may start with - and a character other than a space")
    }

    @Test("a flow collection on its key's line is elided as {} where it starts, the rest of the line (a comment) dropped; a scalar is not")
    func elidesFlowCollections() {
        #expect(given("kind: ConfigMap\napiVersion: v1\ndata: {k: v, l: [1, {m: n}]} # c\ntype: x\nlist:   [a, b]\n")
                == "kind: ConfigMap\napiVersion: v1\ndata: {}\ntype: x\nlist:   {}\n")
        #expect(given("apiVersion: v1\nkind: List\nitems:\n- kind: ConfigMap\n  data: {k: v0}\n- kind: Service\n  spec: {a: b}\n")
                == "apiVersion: v1\nkind: List\nitems:\n- kind: ConfigMap\n  data: {}\n- kind: Service\n  spec: {a: b}\n",
                "a List's kind before its items")
        #expect(given("kind: ConfigMap\napiVersion: v1\ndata: {k: v, k: w}\n") == "kind: ConfigMap\napiVersion: v1\ndata: {k: v, k: w}\n")
    }

    @Test("no value is elided deeper than the loader's depth limit lets the builder skip it: the containers above it count too")
    func keepsTheDepthLimit() {
        // data 1, a 2, b's flow mapping 3, its sequence 4 (the root mapping above them all).
        let text = "kind: ConfigMap\napiVersion: v1\ndata:\n  a:\n    b: {c: [d]}\n"
        #expect(given(text, maxDepth: 5) == "kind: ConfigMap\napiVersion: v1\ndata:\n  {}\n\n")
        #expect(given(text, maxDepth: 4) == text)
        for depth in 3...6 {
            #expect(load(text, elides: true, limits: LoadLimits(maxDepth: depth)) == load(text, elides: false, limits: LoadLimits(maxDepth: depth)))
        }
        let item = "kind: List\nitems:\n- kind: ConfigMap\n  data: {c: [d]}\n"
        #expect(given(item, maxDepth: 5) == "kind: List\nitems:\n- kind: ConfigMap\n  data: {}\n")
        #expect(given(item, maxDepth: 4) == item, "the root, its items and the item are above the value")
        for depth in 3...6 {
            #expect(load(item, elides: true, limits: LoadLimits(maxDepth: depth)) == load(item, elides: false, limits: LoadLimits(maxDepth: depth)))
        }
    }

    @Test("a value after only the apiVersion is elided (the builder skips it, and parses the document again should the kind keep it)")
    func elidesBeforeTheKind() {
        #expect(given("apiVersion: v1\ndata:\n  a: 1\nkind: ConfigMap\n") == "apiVersion: v1\ndata:\n  {}\nkind: ConfigMap\n")
        #expect(given("data:\n  a: 1\napiVersion: v1\nkind: ConfigMap\n") == "data:\n  a: 1\napiVersion: v1\nkind: ConfigMap\n",
                "before both, the builder builds it")
    }

    @Test("in a List (kind after the items, as kubectl writes it), each item's skipped values are elided, by the item's own kind; in a run of items too")
    func elidesListItems() {
        let text = """
            apiVersion: v1
            items:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: a
              data:
                k: v
            - kind: Service
              apiVersion: v1
              metadata: {name: s}
              spec:
                ports:
                - port: 80
            -   data:
                  k: v
                kind: Secret
                type: Opaque
                stringData:
                  k: v
            kind: List
            metadata:
              resourceVersion: ""
            """
        let expected = """
            apiVersion: v1
            items:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: a
              data:
                {}
            - kind: Service
              apiVersion: v1
              metadata: {name: s}
              spec:
                ports:
                - port: 80
            -   data:
                  k: v
                kind: Secret
                type: Opaque
                stringData:
                  {}
            kind: List
            metadata:
              resourceVersion: ""
            """
        #expect(given(text) == expected)
        let run = text.split(separator: "\n").dropFirst(2).prefix(19).joined(separator: "\n")
        let elidedRun = expected.split(separator: "\n").dropFirst(2).prefix(19).joined(separator: "\n")
        #expect(given(run, listItemsFragment: true) == elidedRun)
        #expect(given("kind: ConfigMap\nitems:\n- kind: Secret\n  data:\n    k: v\n") == "kind: ConfigMap\nitems:\n- kind: Secret\n  data:\n    k: v\n",
                "the items of what is not a List are no objects")
    }

    @Test("what an input releases (its arrays and its answers about bodies) serves the next: another file asks only what was not answered")
    func handsOnItsAnswers() {
        var asked: [String] = []
        func elide(_ text: String, with storage: ElidedInput.Storage) -> (given: String, storage: ElidedInput.Storage) {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                var input = ElidedInput(buffer, storage: storage) { kind, apiVersion in
                    asked.append("\(kind) \(apiVersion ?? "-")")
                    return BodyPolicy.analysedKindsOnly.keepsBody(kind: kind, apiVersion: apiVersion)
                }
                var out = [UInt8](repeating: 0, count: 4096)
                let count = out.withUnsafeMutableBufferPointer { input.read(into: $0.baseAddress!, capacity: 4096) }
                return (String(decoding: out[..<count], as: UTF8.self), input.release())
            }
        }
        let first = elide("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: 1\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  b: 2\n", with: .init())
        #expect(first.given == "apiVersion: v1\nkind: ConfigMap\ndata:\n  {}\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  {}\n")
        let second = elide("kind: Secret\napiVersion: v1\ndata:\n  a: 1\n---\nkind: ConfigMap\napiVersion: v1\ndata:\n  b: 2\n", with: first.storage)
        #expect(second.given == "kind: Secret\napiVersion: v1\ndata:\n  {}\n---\nkind: ConfigMap\napiVersion: v1\ndata:\n  {}\n")
        #expect(asked == ["ConfigMap v1", "Secret v1"])
    }

    /// Documents whose bodies are skipped but not known to parse as they are: each is given as it is.
    static let notKnown = [
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: first\n    continued\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: 1\n  a: 2\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  m: {a: 1, a: 2}\n",
        "kind: ConfigMap\napiVersion: v1\ndata: &x\n  a: 1\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: &x 1\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: *x\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: !!str 1\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  <<: {a: 1}\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: \"x\\ty\"\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: 'it''s'\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n\ta: 1\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: b: c\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: {b: 1,\n    c: 2}\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  a: 1\n b: 2\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n    a: 1\n  b: 2\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  s: |2\n    x\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  s: |\n      \n    x\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  ? a\n  : 1\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  - - a\n",
        "kind: ConfigMap\napiVersion: v1\ndata:\n  l:\n  - a\n  b: 1\n  - c\n",
        "kind: ConfigMap\napiVersion: v1\n\"da\\x74a\":\n  a: 1\n",
        "%YAML 1.1\n---\nkind: ConfigMap\napiVersion: v1\ndata:\n  a: 1\n",
        "kind: ConfigMap\napiVersion: v1\n...\n---\nkind: ConfigMap\napiVersion: v1\ndata:\n  a: 1\n",
        "--- !tag\nkind: ConfigMap\napiVersion: v1\ndata:\n  a: 1\n",
        "  kind: ConfigMap\n  apiVersion: v1\n  data:\n    a: 1\n",
        "kind: [ConfigMap]\napiVersion: v1\ndata:\n  a: 1\n",
        "kind: List\napiVersion: v1\nitems:\n  - a: 1\nextra:\n  a: 1\n",
        "kind: Service\napiVersion: v1\nspec:\n  a: 1\n",
        "kind: ConfigMap\napiVersion: v1\nitems:\n  a: 1\n",
    ]

    @Test("values not known to parse, and values the builder keeps, reach libyaml as they are", arguments: notKnown)
    func givesTheRestAsItIs(_ text: String) {
        #expect(given(text) == text)
    }

    /// Loads `text` (bodies skipped) with or without eliding, rendered: every node with its
    /// place, every duplicate key and every issue.
    private func load(_ text: String, elides: Bool, limits: LoadLimits = .standard) -> [String] {
        let bytes = Array(text.utf8)
        var builder = TreeBuilder(path: "in.yaml", limits: limits, bodies: .analysedKindsOnly, bodyDecisions: Memo(), decoder: nil,
                                  mayHaveUnusualBreaks: true, elides: elides)
        bytes.withUnsafeBufferPointer { builder.run($0, source: SourceText(bytes: bytes)) }
        var lines: [String] = []
        func render(_ node: Node, _ depth: Int) {
            let place = "\(String(repeating: " ", count: depth))\(node.location.line):\(node.location.column)"
            if let items = node.items {
                lines.append("\(place) [\(items.count)]")
                for item in items { render(item, depth + 1) }
            } else if let entries = node.entries {
                lines.append("\(place) {\(entries.count)}")
                for entry in entries {
                    render(entry.key, depth + 1)
                    render(entry.value, depth + 1)
                }
            } else {
                lines.append("\(place) \(node.scalar.map { "\($0.style) \($0.text)" } ?? "?")")
            }
        }
        for document in builder.documents {
            lines.append("document \(document.location.line):\(document.location.column)")
            if let root = document.root { render(root, 1) }
        }
        lines += builder.duplicateKeys.map { "duplicate \($0.key) \($0.location.line):\($0.location.column) first \($0.first.line):\($0.first.column)" }
        lines += builder.issues.map { "issue \($0.location.line):\($0.location.column) \($0.message)" }
        return lines
    }

    /// Unanalysed documents of many shapes, to cut and change.
    static let shapes = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {app: web, tier: "a"}
        spec:
          replicas: 2
          selector:
            matchLabels: {app: web}
          template:
            spec:
              containers:
              - name: app
                image: registry.example.com/app:1.2
                args: ["--a", '--b', c]
                command:
                - --port=80
                - -c
                env:
                - {name: A, value: "1"}
                -
                  name: B
                resources:
                  limits: {cpu: "1", memory: 512Mi}
        ---
        kind: ConfigMap
        apiVersion: v1
        metadata: {name: conf}
        data:
          app.properties: |
            key = value
            other: value
        # a comment
          mode: >-
            folded
            text

          empty: {}
          none:
          url: http://x:80/y # comment: here
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: s
        stringData:
          "quoted key": v
          'single': w
          list:
          - a
          - b
          after: x
        type: Opaque

        """

    /// A List of unanalysed items of many shapes.
    static let list = """
        apiVersion: v1
        items:
        - apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: web
          spec:
            template:
              spec:
                containers:
                - name: app
                  args: ["--a", b]
        - kind: ConfigMap
          apiVersion: v1
          data:
            script: |
              echo hi
            k: v
        -   apiVersion: v1
            kind: Secret
            stringData:
              k: v
            type: Opaque
        kind: List
        metadata:
          resourceVersion: ""

        """

    @Test("the builder makes the same nodes, duplicate keys and issues from the elided text as from the text, for 400 variants of documents and of a List", arguments: [shapes, list])
    func elidingChangesNothing(_ shapes: String) {
        var generator = SplitMix(seed: 1619)
        let lines = shapes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let insertions = ["  a: 1", "  a: 1", "    deep: 1", "- x", "  - x", " odd: 1", "\tt: 1", "---", "...", "# c", "  # c", "",
                          "  k: {a: 1, a: 2}", "  k: &x v", "  k: *x", "  k: a: b", "  k: \"open", "  k: |", "  k: [a, {b: c}]", "kind: Service",
                          "- kind: Secret", "  kind: Service", "- x: 1", "items:", "kind: ConfigMap"]
        var elided = 0
        for variant in 0..<400 {
            var changed = lines
            for _ in 0..<(1 + generator.next(3)) {
                let index = generator.next(changed.count)
                switch generator.next(5) {
                case 0: changed.remove(at: index)
                case 1: changed.insert(insertions[generator.next(insertions.count)], at: index)
                case 2: changed[index] = "  " + changed[index]
                case 3: changed[index] = String(changed[index].dropFirst(2))
                default: changed.insert(changed[generator.next(changed.count)], at: index)
                }
            }
            let text = changed.joined(separator: "\n")
            if given(text, capacity: 4096) != text { elided += 1 }
            #expect(load(text, elides: true) == load(text, elides: false), "variant \(variant):\n\(text)")
        }
        #expect(elided > 200, "most variants still have a value to elide")
        #expect(load(shapes, elides: true) == load(shapes, elides: false))
    }
}

/// A small seeded generator, so that the variants are the same in every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A number below `bound`.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
    }
}
