import Foundation
import SppctlTestSupport
import Testing

/// Every written configuration is accepted by the real dataplane's own checker: `haproxy -c`,
/// `nginx -t` (1.22: open-source variants), check-jsonschema with the Traefik and Kong
/// schemas, and envoy-data-plane's Bootstrap.from_dict with all its modules imported.
@Suite("Export: the real validators accept every written configuration",
       .enabled(if: ProcessInfo.processInfo.environment["SPPCTL_SKIP_INTEGRATION"] != "1"))
struct ExportValidationTests {
    /// Exports every scenario for `variant` (plain and, where it differs, standalone) into a
    /// fresh directory; returns the files written.
    private func exportAll(_ variant: ExportVariant, standalone: Bool) throws -> [URL] {
        let directory = try TestPaths.temporaryDirectory()
        var files: [URL] = []
        for scenario in Scenario.all {
            let file = directory.appendingPathComponent("\(scenario.name).\(variant.format == "file-toml" ? "toml" : "conf")")
            let listen = standalone ? ["--standalone", "--listen", "127.0.0.1:18280"] : []
            let result = try Sppctl.run(["export", "--no-config", "-o", file.path] + variant.arguments + listen + scenario.arguments + [scenario.directory])
            if result.exitCode == 0 { files.append(file) } else {
                // Only an input that does not parse stops an export of the scenarios.
                #expect(result.stderr.contains("[SPP001]"), "\(scenario.name) \(variant): \(result.stderr)")
            }
        }
        #expect(files.count >= Scenario.all.count - 1)
        return files
    }

    private func tool(_ name: String) throws -> String {
        try #require(BackgroundProcess.which(name), "\(name) is not installed: make test installs it (SPPCTL_SKIP_INTEGRATION=1 skips this)")
    }

    @Test("haproxy -c accepts every HAProxy configuration, plain and standalone")
    func haproxy() throws {
        let haproxy = try tool("haproxy")
        for variant in ExportVariant.all where variant.target == .haproxy {
            for file in try exportAll(variant, standalone: true) {
                let result = try Sppctl.runProgram(URL(fileURLWithPath: haproxy), ["-c", "-q", "-f", file.path])
                #expect(result.exitCode == 0, "\(file.lastPathComponent) \(variant): \(result.stderr)")
            }
            for file in try exportAll(variant, standalone: false) {
                // A plain export is included in the user's own configuration: give it defaults.
                let wrapped = file.appendingPathExtension("cfg")
                let text = "defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n\n"
                    + (try String(contentsOf: file, encoding: .utf8))
                try text.write(to: wrapped, atomically: false, encoding: .utf8)
                let result = try Sppctl.runProgram(URL(fileURLWithPath: haproxy), ["-c", "-f", wrapped.path])
                // Without the user's bind line HAProxy says it "will not start (no listener)": exit 2 and that one warning.
                let warnings = result.stderr.split(separator: "\n").filter { $0.contains("[WARNING]") }
                #expect(result.exitCode == 0 || (result.exitCode == 2 && warnings.count == 1 && warnings[0].contains("has no 'bind' directive")),
                        "\(file.lastPathComponent) \(variant): \(result.stdout) \(result.stderr)")
            }
        }
    }

    @Test("nginx -t accepts every NGINX 1.22 configuration, plain and standalone")
    func nginx() throws {
        let nginx = try tool("nginx")
        let variant = try #require(ExportVariant.all.first { $0.target == .nginx && $0.version == "1.22" })
        for standalone in [true, false] {
            for file in try exportAll(variant, standalone: standalone) {
                let directory = try TestPaths.temporaryDirectory()
                var text = try String(contentsOf: file, encoding: .utf8)
                // nginx resolves a Service's cluster DNS name when it starts; outside a cluster
                // it does not resolve, so the check runs with it replaced by an address.
                text = text.replacingOccurrences(of: #"[a-z0-9.-]+\.svc\.cluster\.local"#, with: "127.0.0.1", options: .regularExpression)
                if !standalone {
                    text = "pid nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\naccess_log off;\nclient_body_temp_path t1;\nproxy_temp_path t2;\n"
                        + "fastcgi_temp_path t3;\nuwsgi_temp_path t4;\nscgi_temp_path t5;\n" + text + "}\n"
                }
                try text.write(to: directory.appendingPathComponent("nginx.conf"), atomically: false, encoding: .utf8)
                let result = try Sppctl.runProgram(URL(fileURLWithPath: nginx), ["-t", "-q", "-e", "stderr", "-p", directory.path + "/", "-c", "nginx.conf"])
                #expect(result.exitCode == 0, "\(file.lastPathComponent) standalone=\(standalone): \(result.stderr)")
            }
        }
    }

    @Test("check-jsonschema accepts every Traefik file-provider configuration and CRD, and every Kong decK file")
    func schemas() throws {
        // check-jsonschema as a module of the python3 that scripts/install-deps.sh installed it into.
        let python = try tool("python3")
        let schemas = TestPaths.testdata.appendingPathComponent("schemas")
        for variant in ExportVariant.all where variant.target == .traefik || variant.target == .kong {
            var files = try exportAll(variant, standalone: false)
            var schema: String
            switch (variant.target, variant.format) {
            case (.kong, _): schema = "kong-deck-declarative.json"
            case (_, "crd"):
                // One document per file, each checked against its kind's CRD schema.
                var ingressRoutes: [URL] = []
                var services: [URL] = []
                for file in files {
                    let documents = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n---\n")
                    for (index, document) in documents.enumerated() where document.contains("kind:") {
                        let split = file.deletingPathExtension().appendingPathExtension("\(index).yaml")
                        try document.write(to: split, atomically: false, encoding: .utf8)
                        if document.contains("kind: TraefikService") { services.append(split) } else { ingressRoutes.append(split) }
                    }
                }
                for (schemaFile, list) in [("traefik-crd-traefikservice.json", services), ("traefik-crd-ingressroute.json", ingressRoutes)] where !list.isEmpty {
                    let result = try Sppctl.runProgram(URL(fileURLWithPath: python), ["-m", "check_jsonschema", "--schemafile", schemas.appendingPathComponent(schemaFile).path] + list.map(\.path))
                    #expect(result.exitCode == 0, "\(variant) \(schemaFile): \(result.stdout) \(result.stderr)")
                }
                #expect(!ingressRoutes.isEmpty)
                continue
            default: schema = variant.version == "v2" ? "traefik-v2-file-provider.json" : "traefik-v3-file-provider.json"
            }
            // YAML files need a .yaml name for check-jsonschema to parse them.
            files = try files.map { file in
                guard file.pathExtension == "conf" else { return file }
                let renamed = file.deletingPathExtension().appendingPathExtension("yaml")
                try FileManager.default.moveItem(at: file, to: renamed)
                return renamed
            }
            let result = try Sppctl.runProgram(URL(fileURLWithPath: python), ["-m", "check_jsonschema", "--schemafile", schemas.appendingPathComponent(schema).path] + files.map(\.path))
            #expect(result.exitCode == 0, "\(variant): \(result.stdout) \(result.stderr)")
        }
    }

    @Test("envoy-data-plane accepts every Envoy Bootstrap, plain and standalone")
    func envoy() throws {
        let python = try tool("python3")
        let variant = try #require(ExportVariant.all.first { $0.target == .envoy })
        let files = try exportAll(variant, standalone: false) + exportAll(variant, standalone: true)
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/validate-envoy.py").path
        let result = try Sppctl.runProgram(URL(fileURLWithPath: python), [script] + files.map(\.path))
        #expect(result.exitCode == 0, "\(result.stdout) \(result.stderr)")
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("OK ") }.count == files.count)
    }
}
