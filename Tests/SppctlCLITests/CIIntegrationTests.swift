import Foundation
import SppctlTestSupport
import Testing

/// What a team wires into CI and git: report formats, baselines, the pre-commit hooks, and
/// suppressions that can be audited.
@Suite("At home in CI and in git")
struct CIIntegrationTests {
    static let broken = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: shop
          namespace: web
        spec:
          rules:
          - sessionPersistence:
              sessionName: shop
              absoluteTimeout: 1d

        """

    private func directory(_ files: [String: String]) throws -> URL {
        try TestPaths.temporaryDirectory(with: files)
    }

    private var python: URL { URL(fileURLWithPath: BackgroundProcess.which("python3") ?? "/usr/bin/python3") }

    @Test("every format comes from the same run with the same exit code; --output writes atomically")
    func formats() throws {
        let directory = try directory(["route.yaml": Self.broken])
        var codes: [Int32] = []
        for format in ["text", "json", "sarif", "github", "junit"] {
            let result = try Sppctl.run(["lint", "--no-config", "--format", format, "route.yaml"], in: directory)
            codes.append(result.exitCode)
            let written = try Sppctl.run(["lint", "--no-config", "--format", format, "--output", "report.\(format)", "route.yaml"], in: directory)
            #expect(written.stdout.isEmpty)
            #expect(try String(contentsOf: directory.appendingPathComponent("report.\(format)"), encoding: .utf8) == result.stdout)
        }
        #expect(codes == [1, 1, 1, 1, 1])
        let github = try String(contentsOf: directory.appendingPathComponent("report.github"), encoding: .utf8)
        #expect(github == "::error file=route.yaml,line=10,col=24,title=SPP101::absoluteTimeout \"1d\" is not a GEP-2257 duration: \"d\" is not a unit "
            + "(units are h, m, s and ms); write 1 to 4 components of 1–5 digits with the units h, m, s or ms, such as \"1h30m\"\n")
        let junit = try String(contentsOf: directory.appendingPathComponent("report.junit"), encoding: .utf8)
        #expect(junit.contains("<testsuite name=\"route.yaml\" tests=\"1\" failures=\"1\">"))
        #expect(junit.contains("<testcase classname=\"route.yaml\" name=\"SPP101 10:24\">"))
        let xml = try Sppctl.runProgram(python, ["-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])",
                                                 directory.appendingPathComponent("report.junit").path])
        #expect(xml.exitCode == 0, "\(xml.stderr)")
    }

    @Test("a GitHub annotation carries the finding's related places, a line each after the message (%0A), escaped")
    func githubNotes() throws {
        let route = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: shop\nspec:\n  rules:\n  - backendRefs: [{name: s, port: 80}]\n"
        let directory = try directory(["a\u{1B}[2J.yaml": route, "b.yaml": route + "---\n" + route])
        let result = try Sppctl.run(["lint", "--no-config", "--format", "github", "--fail-on", "never", "."], in: directory)
        #expect(result.exitCode == 0)
        let message = "HTTPRoute default/shop is defined more than once; the later definition replaces the earlier one"
        #expect(result.stdout == """
            ::error file=./b.yaml,line=4,col=9,title=SPP009::\(message)%0A./a\\u{1B}[2J.yaml:4:9: note: first defined here
            ::error file=./b.yaml,line=12,col=9,title=SPP009::\(message)%0A./a\\u{1B}[2J.yaml:4:9: note: first defined here

            """, "\(result.stdout)")
    }

    @Test("SARIF is valid against the SARIF 2.1.0 schema and carries suppressions with their justification",
          .enabled(if: ProcessInfo.processInfo.environment["SPPCTL_SKIP_INTEGRATION"] != "1"))
    func sarif() throws {
        let suppressed = Self.broken.replacingOccurrences(of: "  namespace: web\n", with: "  namespace: web\n  annotations:\n    sppctl.io/ignore: \"SPP101=migrating next sprint\"\n")
        let directory = try directory(["route.yaml": Self.broken, "other/suppressed.yaml": suppressed.replacingOccurrences(of: "name: shop", with: "name: other")])
        let result = try Sppctl.run(["lint", "--no-config", "--format", "sarif", "--output", "report.sarif", "."], in: directory)
        #expect(result.exitCode == 1)
        let text = try String(contentsOf: directory.appendingPathComponent("report.sarif"), encoding: .utf8)
        #expect(text.contains("\"justification\": \"migrating next sprint\""))
        #expect(text.contains("\"startLine\": 10"))
        let schema = TestPaths.testdata.appendingPathComponent("schemas/sarif-2.1.0.json").path
        let check = try Sppctl.runProgram(python, ["-m", "check_jsonschema", "--schemafile", schema, directory.appendingPathComponent("report.sarif").path])
        #expect(check.exitCode == 0, "\(check.stdout) \(check.stderr)")
    }

    @Test("a baseline accepts today's findings by fingerprint: edits elsewhere keep it, new findings fail, gone ones are counted")
    func baseline() throws {
        let directory = try directory(["route.yaml": Self.broken])
        let written = try Sppctl.run(["lint", "--no-config", "--write-baseline", "baseline.json", "route.yaml"], in: directory)
        #expect(written.exitCode == 0)
        // Lines move: still accepted.
        try ("# a comment that moves every line\n\n" + Self.broken).write(to: directory.appendingPathComponent("route.yaml"), atomically: false, encoding: .utf8)
        let moved = try Sppctl.run(["lint", "--no-config", "--baseline", "baseline.json", "route.yaml"], in: directory)
        #expect(moved.exitCode == 0, "\(moved.stdout)")
        #expect(moved.stdout == "0 errors, 0 warnings, 0 infos in 1 file (1 object)\n")
        // A new finding fails; the accepted one stays accepted.
        let worse = Self.broken + "---\n" + Self.broken.replacingOccurrences(of: "name: shop", with: "name: cart").replacingOccurrences(of: "1d", with: "2d")
        try worse.write(to: directory.appendingPathComponent("route.yaml"), atomically: false, encoding: .utf8)
        let new = try Sppctl.run(["lint", "--no-config", "--baseline", "baseline.json", "--format", "json", "route.yaml"], in: directory)
        #expect(new.exitCode == 1)
        #expect(new.stdout.contains("\"2d\\\" is not a GEP-2257 duration") || new.stdout.contains("2d"))
        #expect(!new.stdout.contains("\"1d\\\""))
        // Fixed: the accepted finding is gone.
        try Self.broken.replacingOccurrences(of: "1d", with: "1h").write(to: directory.appendingPathComponent("route.yaml"), atomically: false, encoding: .utf8)
        let fixed = try Sppctl.run(["lint", "--no-config", "--baseline", "baseline.json", "route.yaml"], in: directory)
        #expect(fixed.exitCode == 0)
        #expect(fixed.stdout.contains("1 baselined finding is gone"))
    }

    @Test(".pre-commit-hooks.yaml is valid against the pre-commit schema",
          .enabled(if: ProcessInfo.processInfo.environment["SPPCTL_SKIP_INTEGRATION"] != "1"))
    func hooksSchema() throws {
        let schema = TestPaths.testdata.appendingPathComponent("schemas/pre-commit-hooks.json").path
        let hooks = TestPaths.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml").path
        let check = try Sppctl.runProgram(python, ["-m", "check_jsonschema", "--schemafile", schema, hooks])
        #expect(check.exitCode == 0, "\(check.stdout) \(check.stderr)")
        let text = try String(contentsOfFile: hooks, encoding: .utf8)
        for id in ["sppctl", "sppctl-system", "sppctl-all"] { #expect(text.contains("- id: \(id)\n")) }
        #expect(text.contains("language: swift") && text.contains("language: system") && text.contains("pass_filenames: false"))
    }

    @Test("the real pre-commit blocks a manifest with an error (file:line:col) and lets a clean one through",
          .enabled(if: ProcessInfo.processInfo.environment["SPPCTL_SKIP_INTEGRATION"] != "1"))
    func preCommit() throws {
        let repository = try directory(["deploy/route.yaml": Self.broken])
        let git = try #require(BackgroundProcess.which("git"))
        let environment = ["PATH": TestPaths.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? ""),
                           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
                           "GIT_COMMITTER_EMAIL": "t@example.com", "PRE_COMMIT_HOME": repository.appendingPathComponent(".cache").path]
        for arguments in [["init", "-q"], ["add", "deploy/route.yaml"]] {
            #expect(try Sppctl.runProgram(URL(fileURLWithPath: git), arguments, in: repository, environment: environment).exitCode == 0)
        }
        let tryRepo = ["-m", "pre_commit", "try-repo", TestPaths.packageRoot.path, "sppctl-system"]
        let blocked = try Sppctl.runProgram(python, tryRepo, in: repository, environment: environment)
        #expect(blocked.exitCode == 1, "\(blocked.stdout) \(blocked.stderr)")
        #expect(blocked.stdout.contains("deploy/route.yaml:10:24: error: absoluteTimeout \"1d\" is not a GEP-2257 duration"), "\(blocked.stdout)")
        try Self.broken.replacingOccurrences(of: "1d", with: "1h").write(to: repository.appendingPathComponent("deploy/route.yaml"), atomically: false, encoding: .utf8)
        _ = try Sppctl.runProgram(URL(fileURLWithPath: git), ["add", "deploy/route.yaml"], in: repository, environment: environment)
        let passed = try Sppctl.runProgram(python, tryRepo, in: repository, environment: environment)
        #expect(passed.exitCode == 0, "\(passed.stdout) \(passed.stderr)")
        #expect(passed.stdout.contains("Passed"))
    }

    @Test("suppressions: reasons in every format, --no-suppressions marks them, .sppctl.yaml selectors suppress unannotated objects")
    func suppressions() throws {
        let directory = try directory([
            "route.yaml": Self.broken,
            ".sppctl.yaml": "suppressions:\n- {rules: [SPP101], kind: HTTPRoute, name: \"sh*\", reason: rendered by the vendor chart}\n",
        ])
        let quiet = try Sppctl.run(["lint", "route.yaml"], in: directory)
        #expect(quiet.exitCode == 0)
        #expect(quiet.stdout.contains("1 suppressed"))
        let shown = try Sppctl.run(["lint", "--no-suppressions", "route.yaml"], in: directory)
        #expect(shown.exitCode == 1)
        #expect(shown.stdout.contains("such as \"1h30m\" (suppressed: rendered by the vendor chart (.sppctl.yaml)) [SPP101]"))
        let github = try Sppctl.run(["lint", "--no-suppressions", "--format", "github", "route.yaml"], in: directory)
        #expect(github.stdout.contains("(suppressed: rendered by the vendor chart (.sppctl.yaml))"))

        // Several IDs with reasons in one annotation, as documented.
        let annotated = Self.broken.replacingOccurrences(of: "  namespace: web\n",
            with: "  namespace: web\n  annotations:\n    sppctl.io/ignore: \"SPP101=fixed in the next release, SPP109: tokens expire in the app\"\n")
        let other = try self.directory(["route.yaml": annotated.replacingOccurrences(of: "sessionName: shop\n", with: "sessionName: shop\n")])
        let json = try Sppctl.run(["lint", "--no-config", "--no-suppressions", "--format", "json", "route.yaml"], in: other)
        #expect(json.stdout.contains("\"reason\": \"fixed in the next release\""))
        #expect(json.stdout.contains("SPP013"), "SPP109 reports nothing here, so its entry is superfluous: \(json.stdout)")
    }

    @Test(".sppctl.yaml paths and ignore resolve against the file's directory, from a directory below it")
    func configurationPaths() throws {
        let root = try directory([
            ".sppctl.yaml": "paths: [deploy/]\nignore: [deploy/vendor/**]\n",
            "deploy/route.yaml": Self.broken,
            "deploy/vendor/bad.yaml": Self.broken.replacingOccurrences(of: "name: shop", with: "name: vendored"),
            "src/app/readme.txt": "",
        ])
        let result = try Sppctl.run(["lint", "--format", "json"], in: root.appendingPathComponent("src/app"), input: Data())
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stdout.contains("deploy/route.yaml"))
        #expect(!result.stdout.contains("vendored"))
    }

    @Test("first run: a pipe with no path, --namespace, --enable/--disable, status --fail-on, explain SPPnnn as yaml, sppctl config")
    func firstRun() throws {
        let directory = try directory(["route.yaml": Self.broken.replacingOccurrences(of: "  namespace: web\n", with: "")])
        let piped = try Sppctl.run(["lint", "--no-config", "--format", "json", "--stdin-filename", "piped.yaml"], in: directory,
                                   input: Data(Self.broken.utf8))
        #expect(piped.exitCode == 1)
        #expect(piped.stdout.contains("\"file\": \"piped.yaml\""))
        let namespaced = try Sppctl.run(["lint", "--no-config", "--format", "json", "--namespace", "shop", "route.yaml"], in: directory)
        #expect(namespaced.stdout.contains("\"namespace\": \"shop\""))
        let disabled = try Sppctl.run(["lint", "--no-config", "--disable", "SPP101", "route.yaml"], in: directory)
        #expect(disabled.exitCode == 0)
        let unknown = try Sppctl.run(["lint", "--no-config", "--disable", "SPP1O1", "route.yaml"], in: directory)
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("did you mean SPP101"))
        let status = try Sppctl.run(["status", "--no-config", "--fail-on", "rejected", "route.yaml"], in: directory)
        #expect(status.exitCode == 1, "the route is refused by the API server: \(status.stdout)")
        let yaml = try Sppctl.run(["explain", "SPP101", "--format", "yaml"])
        #expect(yaml.exitCode == 0)
        #expect(yaml.stdout.hasPrefix("- id: SPP101\n"))
        try "gatewayAPI: v1.5\nrules:\n  SPP110: off\n".write(to: directory.appendingPathComponent(".sppctl.yaml"), atomically: false, encoding: .utf8)
        let config = try Sppctl.run(["config", "--implementation", "envoy-gateway"], in: directory)
        #expect(config.exitCode == 0)
        #expect(config.stdout.contains("gatewayAPI: v1.5"))
        #expect(config.stdout.contains("# .sppctl.yaml:1:1") || config.stdout.contains("# ./.sppctl.yaml:1:1") || config.stdout.contains(".sppctl.yaml:1:1"))
        #expect(config.stdout.contains("implementation: envoy-gateway"))
        #expect(config.stdout.contains("# --implementation"))
        #expect(config.stdout.contains("SPP110: off"))
    }
}

@Suite("The README's CI snippets run")
struct ReadmeCISnippetTests {
    @Test("every `sppctl lint` line of the CI section runs on a real directory, and the pre-commit hook it names exists")
    func snippets() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## In CI and in git").dropFirst().first?.components(separatedBy: "\n## ").first)
        let commands = section.split(separator: "\n").compactMap { line -> [String]? in
            guard let start = line.range(of: "sppctl lint ") else { return nil }
            return line[start.lowerBound...].split(separator: " ").dropFirst().map(String.init)
        }
        #expect(commands.count >= 5)
        let directory = try TestPaths.temporaryDirectory()
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("examples/shop"), to: directory.appendingPathComponent("deploy"))
        for arguments in commands {
            let result = try Sppctl.run(arguments + ["--no-config"], in: directory)
            #expect([0, 1].contains(result.exitCode), "sppctl \(arguments.joined(separator: " ")): \(result.stderr)")
            if let output = arguments.firstIndex(of: "--output").map({ arguments[$0 + 1] }) ?? arguments.firstIndex(of: "--write-baseline").map({ arguments[$0 + 1] }) {
                #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(output).path), "\(output)")
            }
        }
        let hooks = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        for id in section.components(separatedBy: "- id: ").dropFirst().compactMap({ $0.split(separator: "\n").first }) {
            #expect(hooks.contains("- id: \(id)\n"), "README names hook \(id)")
        }
    }
}

@Suite("Version")
struct VersionTests {
    @Test("--version prints the release and the build's git commit")
    func version() throws {
        let result = try Sppctl.run(["--version"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("0.1.0 (commit "))
        if let git = BackgroundProcess.which("git") {
            let head = try Sppctl.runProgram(URL(fileURLWithPath: git), ["rev-parse", "--short=12", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            if !head.isEmpty { #expect(result.stdout.contains(head), "\(result.stdout) vs \(head)") }
        }
    }
}
