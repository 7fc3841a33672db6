import Foundation
import SppctlTestSupport
import Testing

@Suite("sppctl lint, run as a process")
struct LintCommandTests {
    static let broken = Fixtures.invalidDurationRoute
    static let risky = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
        spec:
          rules:
          - sessionPersistence:
              sessionName: shop

        """
    static let clean = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
        spec:
          rules:
          - sessionPersistence:
              sessionName: shop
              absoluteTimeout: 8h

        """

    private func write(_ files: [String: String]) throws -> URL {
        try TestPaths.temporaryDirectory(with: files)
    }

    @Test("text output: location, severity, message, ID, source line, caret and summary")
    func textFormat() throws {
        let directory = try write(["route.yaml": Self.broken])
        let result = try Sppctl.run(["lint", "--no-config", "route.yaml"], in: directory)
        #expect(result.exitCode == 1)
        #expect(result.stdout == """
            route.yaml:8:24: error: absoluteTimeout "1d" is not a GEP-2257 duration: "d" is not a unit (units are h, m, s and ms); \
            write 1 to 4 components of 1–5 digits with the units h, m, s or ms, such as "1h30m" [SPP101]
                    absoluteTimeout: 1d
                                     ^
            1 error, 0 warnings, 0 infos in 1 file (1 object)

            """)
        #expect(result.stderr.isEmpty)
    }

    @Test("exit codes follow --fail-on in every format")
    func exitCodes() throws {
        let directory = try write(["risky.yaml": Self.risky, "clean.yaml": Self.clean])
        for format in ["text", "json"] {
            #expect(try Sppctl.run(["lint", "--no-config", "--format", format, "clean.yaml"], in: directory).exitCode == 0)
            #expect(try Sppctl.run(["lint", "--no-config", "--format", format, "risky.yaml"], in: directory).exitCode == 0)
            #expect(try Sppctl.run(["lint", "--no-config", "--format", format, "--fail-on", "warning", "risky.yaml"], in: directory).exitCode == 1)
            #expect(try Sppctl.run(["lint", "--no-config", "--format", format, "--fail-on", "never", "risky.yaml"], in: directory).exitCode == 0)
            #expect(try Sppctl.run(["lint", "--no-config", "--format", format, "missing.yaml"], in: directory).exitCode == 2)
            #expect(try Sppctl.run(["lint", "--no-config", "--format", format, "--gateway-api", "v9", "clean.yaml"], in: directory).exitCode == 2)
            #expect(try Sppctl.run(["lint", "--no-config", "--format", format, "--bogus"], in: directory).exitCode == 2)
        }
    }

    @Test("JSON output: one object, diagnostics always present, nothing else on stdout")
    func jsonFormat() throws {
        let directory = try write(["risky.yaml": Self.risky, "clean.yaml": Self.clean])
        let clean = try Sppctl.run(["lint", "--no-config", "--format", "json", "clean.yaml"], in: directory)
        let cleanObject = try #require(try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any])
        #expect(cleanObject["version"] as? Int == 1)
        #expect((cleanObject["diagnostics"] as? [Any])?.isEmpty == true)

        let risky = try Sppctl.run(["lint", "--no-config", "--format", "json", "risky.yaml"], in: directory)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(risky.stdout.utf8)) as? [String: Any])
        let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["id"] as? String == "SPP109")
        #expect(diagnostic["severity"] as? String == "warning")
        #expect(diagnostic["file"] as? String == "risky.yaml")
        #expect(diagnostic["line"] as? Int == 7)
        #expect(diagnostic["column"] as? Int == 5)
        #expect(diagnostic["path"] as? String == "spec.rules[0].sessionPersistence")
        let subject = try #require(diagnostic["object"] as? [String: String])
        #expect(subject == ["apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "namespace": "default", "name": "web"])
        #expect((diagnostic["related"] as? [Any])?.isEmpty == true)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["warnings"] == 1 && summary["files"] == 1 && summary["objects"] == 1)
    }

    @Test("standard input with --stdin-filename")
    func standardInput() throws {
        let result = try Sppctl.run(["lint", "--no-config", "--stdin-filename", "piped.yaml", "-"], input: Data(Self.broken.utf8))
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasPrefix("piped.yaml:8:24: error:"))
    }

    @Test("standard input takes its place among the files by its --stdin-filename, with 1, 2 or 3 workers: a later definition is the one reported", arguments: [1, 2, 3])
    func standardInputAmongFiles(jobs: Int) throws {
        let service = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]\n"
        let directory = try TestPaths.temporaryDirectory(with: ["a.yaml": service, "c.yaml": service])
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, first, later) in [("0.yaml", "0.yaml", ["a.yaml", "c.yaml"]), ("b.yaml", "a.yaml", ["b.yaml", "c.yaml"]),
                                     ("z.yaml", "a.yaml", ["c.yaml", "z.yaml"])] {
            let result = try Sppctl.run(["lint", "--no-config", "--jobs", "\(jobs)", "--stdin-filename", name, "-", "a.yaml", "c.yaml"],
                                        in: directory, input: Data(service.utf8))
            #expect(result.exitCode == 1)
            let lines = result.stdout.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") || $0.contains(": note: ") }
            #expect(lines == later.flatMap { file in
                ["\(file):3:18: error: Service default/web is defined more than once; the later definition replaces the earlier one [SPP009]",
                 "\(first):3:18: note: first defined here"]
            }, "standard input named \(name)")
        }
    }

    @Test("helm template output: a finding or an export notice names the template that rendered its document (its # Source: comment), in text, JSON and SARIF")
    func helmSources() throws {
        let rendered = """
            ---
            # Source: shop/templates/serviceaccount.yaml
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: shop
            ---
            # Source: shop/templates/route.yaml
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: shop
            spec:
              rules:
              - sessionPersistence: {sessionName: shop, absoluteTimeout: 1d}
            ---
            # Source: https://example.com/a-comment-written-by-hand.yaml
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: plain
            spec:
              rules:
              - sessionPersistence: {sessionName: plain, absoluteTimeout: 2d}

            """
        let text = try Sppctl.run(["lint", "--no-config", "-"], input: Data(rendered.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(text.exitCode == 1)
        #expect(text.stdout.hasPrefix("""
            <stdin>:15:62: error: absoluteTimeout "1d" is not a GEP-2257 duration
            """))
        #expect(text.stdout.contains("""
                                                                         ^
            <stdin>:8:1: note: rendered from the Helm template shop/templates/route.yaml
            <stdin>:24:63: error: absoluteTimeout "2d"
            """), "a document without Helm's # Source: comment names no template")
        #expect(text.stdout.components(separatedBy: "note: rendered from").count == 2)
        let json = try Sppctl.run(["lint", "--no-config", "--format", "json", "-"], input: Data(rendered.utf8))
        #expect(json.stdout.contains("""
                  "related": [
                    {
                      "file": "<stdin>",
                      "line": 8,
                      "column": 1,
                      "message": "rendered from the Helm template shop/templates/route.yaml"
                    }
                  ]
            """))
        let sarif = try Sppctl.run(["lint", "--no-config", "--format", "sarif", "-"], input: Data(rendered.utf8))
        #expect(sarif.stdout.contains("\"text\": \"rendered from the Helm template shop/templates/route.yaml\""))
        let header = rendered.replacingOccurrences(of: "- sessionPersistence: {sessionName: shop, absoluteTimeout: 1d}",
                                                   with: "- backendRefs: [{name: shop, port: 80}]\n    sessionPersistence: {sessionName: shop, type: Header}")
        let export = try Sppctl.run(["export", "--no-config", "--target", "traefik", "-"], input: Data(header.utf8))
        #expect(export.exitCode == 0)
        #expect(export.stderr == """
            <stdin>:16:5: warning: header persistence: Traefik has cookie stickiness only; no header-based persistence [SPP601]
                  sessionPersistence: {sessionName: shop, type: Header}
                  ^
            <stdin>:8:1: note: rendered from the Helm template shop/templates/route.yaml
            <stdin>:22:9: warning: HTTPRoute default/plain is not exported: the API server refuses it (SPP101 at <stdin>:25:63) [SPP601]
                name: plain
                      ^
            0 errors, 2 warnings, 0 infos in 1 file (3 objects)

            """, "\(export.stderr)")
    }

    @Test("pipes named on the command line are read: process substitution (<(helm template …)) and /dev/stdin")
    func namedPipes() throws {
        let directory = try TestPaths.temporaryDirectory()
        try Data(Self.broken.utf8).write(to: directory.appendingPathComponent("route.yaml"))
        let other = Self.broken.replacingOccurrences(of: "name: web", with: "name: other")
        #expect(other != Self.broken)
        try Data(other.utf8).write(to: directory.appendingPathComponent("other.yaml"))
        let bash = URL(fileURLWithPath: "/bin/bash")
        let result = try Sppctl.runProgram(bash, ["-c", #"cat other.yaml | "$SPPCTL" lint --no-config <(cat route.yaml) /dev/stdin"#],
                                           in: directory, environment: ["SPPCTL": TestPaths.binary.path])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "")
        let locations = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.prefix { $0 != " " } }
        #expect(locations.count == 2 && locations.allSatisfy { $0.hasPrefix("/dev/") && $0.hasSuffix(":8:24:") }, "\(locations)")
        #expect(result.stdout.hasSuffix("2 errors, 0 warnings, 0 infos in 2 files (2 objects)\n"))
    }

    @Test("standard input larger than --max-file-size is refused with one finding")
    func oversizedStandardInput() throws {
        let text = Self.broken + String(repeating: "# padding\n", count: 120_000)
        let result = try Sppctl.run(["lint", "--no-config", "--max-file-size", "1", "--stdin-filename", "piped.yaml", "-"], input: Data(text.utf8))
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasPrefix("piped.yaml:1:1: error: the input is larger than the 1 MiB limit (--max-file-size); it was not read [SPP001]"))
    }

    @Test("the same inputs in any order give byte-identical output")
    func deterministic() throws {
        let directory = try write(["a.yaml": Self.broken, "b/b.yaml": Self.risky, "c.json": "{\"kind\": \"Service\"}"])
        let first = try Sppctl.run(["lint", "--no-config", "--format", "json", "a.yaml", "b", "c.json"], in: directory)
        let second = try Sppctl.run(["lint", "--no-config", "--format", "json", "c.json", "b", "a.yaml", "a.yaml"], in: directory)
        #expect(first.exitCode == 1)
        #expect(first.stdout == second.stdout)
    }

    @Test("a file reached twice (two spellings of a directory, a directory and a file in it, a link to it) is read once: no object is defined twice",
          arguments: [["deploy", "./deploy"], ["deploy/", "deploy"], ["deploy", "deploy/a.yaml"], ["deploy/a.yaml", "./deploy/a.yaml"],
                      ["deploy", "link.yaml"], ["link.yaml", "deploy/a.yaml"], ["."], ["ABSOLUTE", "deploy"]])
    func sameFileOnce(_ arguments: [String]) throws {
        let directory = try write(["deploy/a.yaml": Self.broken, "other/b.yaml": Self.clean.replacingOccurrences(of: "name: web", with: "name: shop")])
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.yaml").path, withDestinationPath: "deploy/a.yaml")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("other/up.yaml").path, withDestinationPath: "../deploy/a.yaml")
        let named = arguments.map { $0 == "ABSOLUTE" ? directory.appendingPathComponent("deploy").path : $0 }
        let result = try Sppctl.run(["lint", "--no-config"] + named, in: directory)
        #expect(!result.stdout.contains("SPP009"), "\(result.stdout)")
        #expect(!result.stdout.contains("link.yaml") && !result.stdout.contains("up.yaml"), "the file is named, not a link to it")
        #expect(result.stdout.hasSuffix(arguments == ["."] ? "1 error, 0 warnings, 0 infos in 2 files (2 objects)\n" : "1 error, 0 warnings, 0 infos in 1 file (1 object)\n"))
        // Either order reads the same file under the same path.
        #expect(try Sppctl.run(["lint", "--no-config"] + named.reversed(), in: directory).stdout == result.stdout)
    }

    @Test("a kustomize layout: the overlay's patch is named (SPP015) and not an object defined twice; kustomizations, Chart.yaml and kubeconfig are left alone")
    func kustomizeLayout() throws {
        let route = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: shop
            spec:
              rules:
              - backendRefs: [{name: shop, port: 80}]

            """
        let directory = try write([
            "base/route.yaml": route,
            "base/kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- route.yaml\n",
            "overlays/prod/kustomization.yaml": """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: prod
                resources: [../../base]
                patchesStrategicMerge:
                - ./route-patch.yaml
                patches:
                - path: ../prod/other-patch.yaml
                  target: {kind: HTTPRoute}
                - path: patches/labels.yaml
                - patch: |-
                    - op: add
                      path: /metadata/labels
                      value: {tier: web}

                """,
            "overlays/prod/route-patch.yaml": route.replacingOccurrences(of: "port: 80}]", with: "port: 80}]\n    sessionPersistence: {sessionName: a b}"),
            "overlays/prod/other-patch.yaml": "- op: replace\n  path: /spec/rules/0/backendRefs/0/port\n  value: 8080\n",
            "overlays/prod/patches/labels.yaml": "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: shop\n  labels: {tier: web}\n",
            "chart/Chart.yaml": "apiVersion: v2\nname: shop\nversion: 0.1.0\n",
            "kubeconfig.yaml": "apiVersion: v1\nkind: Config\nclusters: []\n",
        ])
        let result = try Sppctl.run(["lint", "--no-config", "."], in: directory)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            ./overlays/prod/other-patch.yaml:1:1: info: this is a kustomize patch (./overlays/prod/kustomization.yaml names it), which sppctl does \
            not analyse on its own; lint what kustomize builds: kustomize build ./overlays/prod | sppctl lint - [SPP015]
              - op: replace
              ^
            ./overlays/prod/patches/labels.yaml:4:9: info: this is a kustomize patch (./overlays/prod/kustomization.yaml names it), which sppctl \
            does not analyse on its own; lint what kustomize builds: kustomize build ./overlays/prod | sppctl lint - [SPP015]
                name: shop
                      ^
            ./overlays/prod/route-patch.yaml:4:9: info: this is a kustomize patch (./overlays/prod/kustomization.yaml names it), which sppctl does \
            not analyse on its own; lint what kustomize builds: kustomize build ./overlays/prod | sppctl lint - [SPP015]
                name: shop
                      ^
            0 errors, 0 warnings, 3 infos in 8 files (1 object)

            """)
        // A pre-commit hook names the changed files only: the kustomizations beside and above a patch are read for their patches.
        for patch in ["overlays/prod/route-patch.yaml", "overlays/prod/patches/labels.yaml"] {
            let changed = try Sppctl.run(["lint", "--no-config", "base/route.yaml", patch], in: directory)
            #expect(changed.exitCode == 0)
            #expect(changed.stdout.hasPrefix("\(patch):4:9: info: this is a kustomize patch (overlays/prod/kustomization.yaml names it)"))
            #expect(changed.stdout.hasSuffix("0 errors, 0 warnings, 1 info in 2 files (1 object)\n"))
        }
    }

    @Test("--ignore skips matching paths, directories are read recursively")
    func ignoreGlobs() throws {
        let directory = try write(["deploy/a.yaml": Self.broken, "deploy/vendor/b.yaml": Self.broken, "deploy/notes.txt": "x"])
        let all = try Sppctl.run(["lint", "--no-config", "deploy"], in: directory)
        #expect(all.stdout.contains("deploy/vendor/b.yaml:8:24"))
        #expect(all.stdout.hasSuffix("3 errors, 0 warnings, 0 infos in 2 files (2 objects)\n"))
        let ignored = try Sppctl.run(["lint", "--no-config", "--ignore", "vendor/**", "deploy"], in: directory)
        #expect(!ignored.stdout.contains("vendor"))
        #expect(ignored.stdout.hasSuffix("1 error, 0 warnings, 0 infos in 1 file (1 object)\n"))
    }

    @Test("a directory's files are read by extension, in any case: .yaml, .yml and .json, and no other")
    func readExtensions() throws {
        let names = ["a.YAML", "b.Yml", "c.json", "d.yaml", "e.yamlx", "f.ya", "g.txt", "h.jso", "yaml", "i.JSONL"]
        let directory = try write(Dictionary(uniqueKeysWithValues: names.map { ("deploy/\($0)", Self.broken) }))
        let result = try Sppctl.run(["lint", "--no-config", "--format", "json", "deploy"], in: directory)
        let files = Set(result.stdout.split(separator: "\"").filter { $0.hasPrefix("deploy/") })
        #expect(files == ["deploy/a.YAML", "deploy/b.Yml", "deploy/c.json", "deploy/d.yaml"])
    }

    @Test("sppctl.io/ignore suppresses on one object and is counted; --no-suppressions shows it")
    func suppressions() throws {
        let annotated = Self.risky.replacingOccurrences(of: "  name: web\n", with: "  name: web\n  annotations:\n    sppctl.io/ignore: \"SPP109=sessions end with the browser\"\n")
        let directory = try write(["route.yaml": annotated])
        let quiet = try Sppctl.run(["lint", "--no-config", "route.yaml"], in: directory)
        #expect(quiet.stdout == "0 errors, 0 warnings, 0 infos in 1 file (1 object); 1 suppressed (--no-suppressions shows them)\n")
        let loud = try Sppctl.run(["lint", "--no-config", "--no-suppressions", "route.yaml"], in: directory)
        #expect(loud.stdout.contains("[SPP109]"))
    }

    @Test("colour only when asked or on a terminal")
    func colour() throws {
        let directory = try write(["route.yaml": Self.broken])
        let plain = try Sppctl.run(["lint", "--no-config", "route.yaml"], in: directory)
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try Sppctl.run(["lint", "--no-config", "--color", "always", "route.yaml"], in: directory)
        #expect(coloured.stdout.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        let json = try Sppctl.run(["lint", "--no-config", "--color", "always", "--format", "json", "route.yaml"], in: directory)
        #expect(!json.stdout.contains("\u{1B}["))
    }

    @Test(".sppctl.yaml: generation, rule settings, failOn; a bad one exits 2 with its location")
    func configurationFile() throws {
        let directory = try write(["route.yaml": Self.risky, ".sppctl.yaml": "rules:\n  SPP109: error\n"])
        let strict = try Sppctl.run(["lint", "route.yaml"], in: directory)
        #expect(strict.exitCode == 1)
        #expect(strict.stdout.contains("error: sessions never expire"))
        try "rules:\n  SPP109: off\n".write(to: directory.appendingPathComponent(".sppctl.yaml"), atomically: false, encoding: .utf8)
        #expect(try Sppctl.run(["lint", "route.yaml"], in: directory).stdout == "0 errors, 0 warnings, 0 infos in 1 file (1 object)\n")
        try "rules:\n  SPP1009: off\n".write(to: directory.appendingPathComponent(".sppctl.yaml"), atomically: false, encoding: .utf8)
        let bad = try Sppctl.run(["lint", "route.yaml"], in: directory)
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.hasPrefix("sppctl: error: bad configuration "))
        #expect(bad.stderr.contains(".sppctl.yaml:2:3: unknown rule 'SPP1009'"))
    }

    @Test("an unreadable input is a one-line error and exit 2, the other files are still reported")
    func unreadableInput() throws {
        let directory = try write(["route.yaml": Self.broken])
        let result = try Sppctl.run(["lint", "--no-config", "route.yaml", "nope.yaml"], in: directory)
        #expect(result.exitCode == 2)
        #expect(result.stderr == "sppctl: error: cannot read 'nope.yaml': no such file or directory\n")
        #expect(result.stdout.contains("route.yaml:8:24: error:"))
    }
}
