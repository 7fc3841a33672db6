import Foundation
import SppctlTestSupport
import Testing

/// Real HAProxy and NGINX 1.22, started from `sppctl export --standalone`, in front of three
/// backends on 127.0.0.2–4 that answer with their own id: the session token is handed out
/// with the expected attributes, requests carrying it reach the backend that issued it,
/// requests without it spread, and a route without persistence sets none.
@Suite("Export end to end: real proxies keep sessions", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["SPPCTL_SKIP_INTEGRATION"] != "1"))
struct ExportEndToEndTests {
    static let manifests = "testdata/e2e"
    static let backendPort = 18181

    private func startBackends() throws -> [BackgroundProcess] {
        let python = try #require(BackgroundProcess.which("python3"), "python3 is needed for the test backends")
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/echo-backend.py").path
        let backends = try (2...4).map { try BackgroundProcess(python, [script, "127.0.0.\($0)", String(Self.backendPort), "backend-\($0)"]) }
        for index in 2...4 { try HTTPProbe.waitForListener("127.0.0.\(index)", Self.backendPort) }
        return backends
    }

    private func export(_ target: String, listen: String, into directory: URL, file: String) throws {
        let result = try Sppctl.run(["export", "--no-config", "--target", target, "--standalone", "--listen", listen,
                                     "-o", directory.appendingPathComponent(file).path, Self.manifests])
        #expect(result.exitCode == 0, "\(result.stderr)")
    }

    /// A cookie's `name=value` and its attributes, from a Set-Cookie value.
    private func cookie(_ header: String) -> (pair: String, attributes: [String]) {
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        return (parts.first ?? "", Array(parts.dropFirst()))
    }

    private func checkCookie(port: Int, host: String, name: String, maxAge: String?, proxy: String) throws {
        let first = try HTTPProbe.get("127.0.0.1", port, host: host)
        #expect(first.status == 200, "\(proxy) \(host): \(first.status)")
        let setCookie = try #require(first.values("Set-Cookie").first { $0.hasPrefix("\(name)=") }, "\(proxy) \(host): no cookie \(name)")
        let (pair, attributes) = cookie(setCookie)
        let lowered = attributes.map { $0.lowercased() }
        #expect(lowered.contains("httponly"), "\(proxy): \(setCookie)")
        #expect(!lowered.contains("secure"), "\(proxy): plain HTTP must not get Secure: \(setCookie)")
        #expect(!lowered.contains { $0.hasPrefix("expires=") }, "\(proxy): \(setCookie)")
        if let maxAge {
            #expect(lowered.contains("max-age=\(maxAge)"), "\(proxy): \(setCookie)")
        } else {
            #expect(!lowered.contains { $0.hasPrefix("max-age=") }, "\(proxy): a Session cookie has no Max-Age: \(setCookie)")
        }
        for _ in 0..<50 {
            let again = try HTTPProbe.get("127.0.0.1", port, host: host, headers: ["Cookie": pair])
            #expect(again.body == first.body, "\(proxy) \(host): a request with \(pair) reached \(again.body), not \(first.body)")
        }
        try expectSpread(port: port, host: host, proxy: proxy)
    }

    private func expectSpread(port: Int, host: String, proxy: String) throws {
        var seen = Set<String>()
        for _ in 0..<30 { seen.insert(try HTTPProbe.get("127.0.0.1", port, host: host).body) }
        #expect(seen.count > 1, "\(proxy) \(host): requests without a session all reached \(seen)")
    }

    private func checkProxy(_ proxy: String, port: Int, header: Bool) throws {
        try checkCookie(port: port, host: "session.test", name: "sppctl-session", maxAge: nil, proxy: proxy)
        try checkCookie(port: port, host: "permanent.test", name: "sppctl-permanent", maxAge: "7200", proxy: proxy)
        try checkCookie(port: port, host: "seed.test", name: "sppctl-seed", maxAge: nil, proxy: proxy)
        let plain = try HTTPProbe.get("127.0.0.1", port, host: "plain.test")
        #expect(plain.status == 200)
        #expect(plain.values("Set-Cookie").isEmpty, "\(proxy): a route without persistence set \(plain.values("Set-Cookie"))")
        try expectSpread(port: port, host: "plain.test", proxy: proxy)
        if header {
            let first = try HTTPProbe.get("127.0.0.1", port, host: "header.test")
            let token = try #require(first.values("X-Session").first, "\(proxy): no X-Session header")
            for _ in 0..<50 {
                let again = try HTTPProbe.get("127.0.0.1", port, host: "header.test", headers: ["X-Session": token])
                #expect(again.body == first.body, "\(proxy): X-Session \(token) reached \(again.body), not \(first.body)")
            }
            try expectSpread(port: port, host: "header.test", proxy: proxy)
        }
    }

    @Test("HAProxy: cookie (Session and Permanent), header and the provisional policy pin sessions")
    func haproxy() throws {
        let haproxy = try #require(BackgroundProcess.which("haproxy"), "haproxy is not installed: make test installs it")
        let backends = try startBackends()
        defer { backends.forEach { $0.stop() } }
        let directory = try TestPaths.temporaryDirectory()
        try export("haproxy", listen: "127.0.0.1:18180", into: directory, file: "haproxy.cfg")
        let proxy = try BackgroundProcess(haproxy, ["-f", directory.appendingPathComponent("haproxy.cfg").path, "-db"])
        defer { proxy.stop() }
        try HTTPProbe.waitForListener("127.0.0.1", 18180)
        try checkProxy("haproxy", port: 18180, header: true)
    }

    @Test("NGINX 1.22: cookie (Session and Permanent), header and the provisional policy pin sessions; nothing written outside its directory")
    func nginx() throws {
        let nginx = try #require(BackgroundProcess.which("nginx"), "nginx is not installed: make test installs it")
        let backends = try startBackends()
        defer { backends.forEach { $0.stop() } }
        let directory = try TestPaths.temporaryDirectory()
        try export("nginx", listen: "127.0.0.1:18190", into: directory, file: "nginx.conf")
        let proxy = try BackgroundProcess(nginx, ["-p", directory.path + "/", "-c", "nginx.conf", "-e", "stderr", "-g", "daemon off;"])
        defer { proxy.stop() }
        try HTTPProbe.waitForListener("127.0.0.1", 18190)
        try checkProxy("nginx", port: 18190, header: true)
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(written == ["access.log", "client_body_temp", "fastcgi_temp", "nginx.conf", "nginx.pid", "proxy_temp", "scgi_temp", "uwsgi_temp"])
    }
}
