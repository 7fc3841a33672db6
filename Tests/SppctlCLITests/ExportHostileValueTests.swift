import Foundation
import PolicyModel
import SppctlTestSupport
import Testing

/// Hostile names and values in every place a manifest's text reaches a configuration: each
/// is either refused (an error notice, exit 1, nothing written) or written so that the real
/// validator accepts the file and it holds no extra server, directive or header.
@Suite("Export: a manifest cannot inject into a configuration", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["SPPCTL_SKIP_INTEGRATION"] != "1"))
struct ExportHostileValueTests {
    static let hostile = ["a b", "a\"b", "a;b", "a#b", "a{b", "a}b", "a$b", "a'b", "a`b", "a\\b", "a\nserver evil 10.9.9.9:80",
                          "a\r\nX-Evil: 1", "a\u{0}b", "ñame", "a,b", "a=b"]

    enum Field: String, CaseIterable { case sessionName, headerName, address, path, hostname, serviceName }

    static func manifest(_ field: Field, _ value: String) -> String {
        func quoted(_ text: String) -> String { JSONValue.quoted(text) }
        let name = field == .sessionName ? quoted(value) : "web"
        let address = field == .address ? quoted(value) : "\"10.0.0.1\""
        let path = field == .path ? quoted(value) : "/app"
        let host = field == .hostname ? quoted(value) : "web.example.com"
        let service = field == .serviceName ? quoted(value) : "web"
        let type = field == .headerName ? "Header" : "Cookie"
        let session = field == .headerName ? quoted(value) : name
        return ServiceWithSlice.yaml(name: "web", address: address) + """
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web}
            spec:
              hostnames: [\(host)]
              rules:
              - matches: [{path: {type: PathPrefix, value: \(path)}}]
                backendRefs: [{name: \(service), port: 80}]
                sessionPersistence: {sessionName: \(session), type: \(type), absoluteTimeout: 1h}

            """
    }

    /// The endpoints a configuration sends traffic to, counted the target's way.
    static func endpointCount(_ text: String, target: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch target {
        case "haproxy": return lines.filter { $0.hasPrefix("    server ") || $0.hasPrefix("    server-template ") }.count
        case "nginx": return lines.filter { $0.hasPrefix("    server ") && $0.contains("weight=") }.count
        case "traefik": return lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- url:") }.count
        case "kong": return lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- target:") }.count
        default: return lines.filter { $0.trimmingCharacters(in: .whitespaces) == "socket_address:" }.count - 1
        }
    }

    @Test("every hostile value in every field, for every target, is refused or written harmlessly")
    func hostileValues() throws {
        let directory = try TestPaths.temporaryDirectory()
        let haproxy = try #require(BackgroundProcess.which("haproxy"))
        let nginx = try #require(BackgroundProcess.which("nginx"))
        let python = try #require(BackgroundProcess.which("python3"))
        var accepted: [String: [URL]] = [:]
        var refusals = 0
        for field in Field.allCases {
            for (index, value) in Self.hostile.enumerated() {
                let input = directory.appendingPathComponent("\(field)-\(index).yaml")
                try Self.manifest(field, value).write(to: input, atomically: false, encoding: .utf8)
                for target in ["haproxy", "nginx", "traefik", "kong", "envoy"] {
                    let output = directory.appendingPathComponent("\(field)-\(index)-\(target).\(["traefik", "kong", "envoy"].contains(target) ? "yaml" : "conf")")
                    let result = try Sppctl.run(["export", "--no-config", "--target", target, "-o", output.path, input.path])
                    let label = "\(field) \(value.debugDescription) → \(target)"
                    if result.exitCode == 1 {
                        refusals += 1
                        #expect(result.stderr.contains("error:") && result.stderr.contains("[SPP601]"), "\(label): \(result.stderr)")
                        #expect(!FileManager.default.fileExists(atPath: output.path), "\(label): a refused export wrote a file")
                        continue
                    }
                    #expect(result.exitCode == 0, "\(label): \(result.stderr)")
                    let text = try String(contentsOf: output, encoding: .utf8)
                    #expect(Self.endpointCount(text, target: target) <= 1, "\(label): more endpoints than the manifest has:\n\(text)")
                    #expect(!text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("server evil") }, "\(label)")
                    #expect(!text.contains("\nX-Evil"), "\(label)")
                    accepted[target, default: []].append(output)
                }
            }
        }
        #expect(refusals > 0)
        for file in accepted["haproxy"] ?? [] {
            let wrapped = file.appendingPathExtension("cfg")
            try ("defaults\n    mode http\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\n" + String(contentsOf: file, encoding: .utf8))
                .write(to: wrapped, atomically: false, encoding: .utf8)
            let result = try Sppctl.runProgram(URL(fileURLWithPath: haproxy), ["-c", "-f", wrapped.path])
            #expect(result.exitCode == 0 || (result.exitCode == 2 && result.stdout.contains("will not start (no listener)")), "\(file.lastPathComponent): \(result.stdout) \(result.stderr)")
        }
        for file in accepted["nginx"] ?? [] {
            let prefix = try TestPaths.temporaryDirectory()
            let text = "pid nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\naccess_log off;\nclient_body_temp_path t1;\nproxy_temp_path t2;\n"
                + "fastcgi_temp_path t3;\nuwsgi_temp_path t4;\nscgi_temp_path t5;\n" + (try String(contentsOf: file, encoding: .utf8)) + "}\n"
            try text.write(to: prefix.appendingPathComponent("nginx.conf"), atomically: false, encoding: .utf8)
            let result = try Sppctl.runProgram(URL(fileURLWithPath: nginx), ["-t", "-q", "-e", "stderr", "-p", prefix.path + "/", "-c", "nginx.conf"])
            #expect(result.exitCode == 0, "\(file.lastPathComponent): \(result.stderr)")
        }
        let schemas = TestPaths.testdata.appendingPathComponent("schemas")
        for (target, schema) in [("traefik", "traefik-v3-file-provider.json"), ("kong", "kong-deck-declarative.json")] {
            guard let files = accepted[target], !files.isEmpty else { continue }
            let result = try Sppctl.runProgram(URL(fileURLWithPath: python), ["-m", "check_jsonschema", "--schemafile", schemas.appendingPathComponent(schema).path] + files.map(\.path))
            #expect(result.exitCode == 0, "\(target): \(result.stdout)")
        }
        if let files = accepted["envoy"], !files.isEmpty {
            let script = TestPaths.packageRoot.appendingPathComponent("scripts/validate-envoy.py").path
            let result = try Sppctl.runProgram(URL(fileURLWithPath: python), [script] + files.map(\.path))
            #expect(result.exitCode == 0, "\(result.stdout)")
        }
    }
}
