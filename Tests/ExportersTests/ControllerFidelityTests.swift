import Exporters
import PolicyModel
import SppctlTestSupport
import Testing

/// Under a controller's profile the export writes what that controller programs: one test
/// per rule of Envoy Gateway's and NGINX Gateway Fabric's translators that sppctl reproduces
/// (../shared/reference/implementations.md cites their source).
@Suite("Export under --implementation reproduces the controller")
struct ControllerFidelityTests {
    private func export(_ yaml: String, _ target: ExportTarget, version: String? = nil, implementation: ImplementationProfile) throws -> String {
        let analysis = InMemoryLint.analysis(yaml, implementation: implementation)
        var notices = NoticeCollector()
        let plan = ExportPlan(analysis: analysis, notices: &notices)
        return try target.exporter.render(plan, options: ExportOptions(target: target, version: version), notices: &notices)
    }

    private func route(_ rules: String, kind: String = "HTTPRoute") -> String {
        """
        apiVersion: gateway.networking.k8s.io/v1
        kind: \(kind)
        metadata: {name: cafe, namespace: shop}
        spec:
          rules:
        \(rules)
        """
    }

    // MARK: NGINX Gateway Fabric (nginx --target-version plus)

    @Test("NGF: an unset sessionName becomes sp_<route>_<namespace>_<rule>")
    func ngfGeneratedName() throws {
        let text = try export(route("  - backendRefs: [{name: a, port: 80}]\n    sessionPersistence: {absoluteTimeout: 1h}"), .nginx, version: "plus",
                              implementation: .nginxGatewayFabric)
        #expect(text.contains("sticky cookie sp_cafe_shop_0 expires=1h path=/;"))
    }

    @Test("NGF: durations are kept when one unit of 1–4 digits, else rounded up (1h30m → 5400s, 10000s → 167m)")
    func ngfDurations() throws {
        #expect(GatewayFabricDuration.format("30m", seconds: 1800) == "30m")
        #expect(GatewayFabricDuration.format("1h30m", seconds: 5400) == "5400s")
        #expect(GatewayFabricDuration.format("10000s", seconds: 10000) == "167m")
        #expect(GatewayFabricDuration.format("99999h", seconds: 99999 * 3600) == nil)
        let text = try export(route("  - backendRefs: [{name: a, port: 80}]\n    sessionPersistence: {sessionName: s, absoluteTimeout: 1h30m}"),
                              .nginx, version: "plus", implementation: .nginxGatewayFabric)
        #expect(text.contains("sticky cookie s expires=5400s path=/;"))
    }

    @Test("NGF: the path is the matches' common prefix; a regex gives none")
    func ngfPaths() throws {
        let common = try export(route("""
              - matches: [{path: {value: /coffee}}, {path: {value: /coffee/latte}}]
                backendRefs: [{name: a, port: 80}]
                sessionPersistence: {sessionName: s, absoluteTimeout: 1h}
            """), .nginx, version: "plus", implementation: .nginxGatewayFabric)
        #expect(common.contains("sticky cookie s expires=1h path=/coffee;"))
        let regex = try export(route("""
              - matches: [{path: {type: RegularExpression, value: /tea/.*}}]
                backendRefs: [{name: a, port: 80}]
                sessionPersistence: {sessionName: s, absoluteTimeout: 1h}
            """), .nginx, version: "plus", implementation: .nginxGatewayFabric)
        #expect(regex.contains("sticky cookie s expires=1h;"))
    }

    @Test("NGF: expires is dropped for lifetimeType Session, kept without cookieConfig; no httponly, secure or samesite")
    func ngfExpires() throws {
        let session = try export(route("  - backendRefs: [{name: a, port: 80}]\n    sessionPersistence: {sessionName: s, absoluteTimeout: 1h, cookieConfig: {lifetimeType: Session}}"),
                                 .nginx, version: "plus", implementation: .nginxGatewayFabric)
        #expect(session.contains("sticky cookie s path=/;"))
        let none = try export(route("  - backendRefs: [{name: a, port: 80}]\n    sessionPersistence: {sessionName: s, absoluteTimeout: 1h}"),
                              .nginx, version: "plus", implementation: .nginxGatewayFabric)
        #expect(none.contains("sticky cookie s expires=1h path=/;"))
        #expect(!none.contains("httponly") && !none.contains("secure") && !none.contains("samesite"))
    }

    @Test("NGF: Header persistence is discarded")
    func ngfHeader() throws {
        let text = try export(route("  - backendRefs: [{name: a, port: 80}]\n    sessionPersistence: {sessionName: X-S, type: Header, absoluteTimeout: 1h}"),
                              .nginx, version: "plus", implementation: .nginxGatewayFabric)
        #expect(!text.contains("sticky"))
    }

    @Test("NGF: one upstream per backend and rule, named <ns>_<svc>_<port>_<route>_<ns>_<rule>; a split goes through split_clients")
    func ngfUpstreams() throws {
        let text = try export(route("  - backendRefs: [{name: tea, port: 80, weight: 80}, {name: tea-v2, port: 80, weight: 20}]\n"
            + "    sessionPersistence: {sessionName: s, absoluteTimeout: 1h}"), .nginx, version: "plus", implementation: .nginxGatewayFabric)
        #expect(text.contains("upstream shop_tea_80_cafe_shop_0 {"))
        #expect(text.contains("upstream shop_tea-v2_80_cafe_shop_0 {"))
        #expect(text.contains("split_clients $request_id $sppctl_shop_cafe_r0_split {\n    80.00% shop_tea_80_cafe_shop_0;\n    * shop_tea-v2_80_cafe_shop_0;\n}"))
    }

    // MARK: Envoy Gateway (envoy)

    @Test("EG: an unset sessionName becomes httproute-<ns>-<name>-rule-<index>; no cookie attributes")
    func egGeneratedName() throws {
        let text = try export(route("  - backendRefs: [{name: a, port: 80}]\n    sessionPersistence: {absoluteTimeout: 1h}"), .envoy, implementation: .envoyGateway)
        #expect(text.contains("name: httproute-shop-cafe-rule-0"))
        #expect(!text.contains("attributes:"))
    }

    @Test("EG: a TTL only for lifetimeType Permanent")
    func egTTL() throws {
        let permanent = try export(route("  - backendRefs: [{name: a, port: 80}]\n    sessionPersistence: {sessionName: s, absoluteTimeout: 1h, cookieConfig: {lifetimeType: Permanent}}"),
                                   .envoy, implementation: .envoyGateway)
        #expect(permanent.contains("ttl: 3600s"))
        let session = try export(route("  - backendRefs: [{name: a, port: 80}]\n    sessionPersistence: {sessionName: s, absoluteTimeout: 1h}"),
                                 .envoy, implementation: .envoyGateway)
        #expect(!session.contains("ttl:"))
    }

    @Test("EG: one route per match, each with its own cookie path; a regex keeps the segments before the first '*'")
    func egPaths() throws {
        let text = try export(route("""
              - matches: [{path: {value: /a}}, {path: {type: Exact, value: /b/c}}, {path: {type: RegularExpression, value: /v1/.*/hoge}}]
                backendRefs: [{name: a, port: 80}]
                sessionPersistence: {sessionName: s}
            """), .envoy, implementation: .envoyGateway)
        for path in ["path: /a\n", "path: /b/c\n", "path: /v1\n"] { #expect(text.contains("                            " + path), "\(path)") }
        #expect(text.components(separatedBy: "envoy.http.stateful_session.cookie").count == 4)
    }

    @Test("EG: XBackendTrafficPolicy and GRPCRoute persistence are not read")
    func egIgnored() throws {
        let policy = """
            apiVersion: gateway.networking.x-k8s.io/v1alpha1
            kind: XBackendTrafficPolicy
            metadata: {name: a, namespace: shop}
            spec:
              targetRefs: [{group: "", kind: Service, name: a}]
              sessionPersistence: {sessionName: s, absoluteTimeout: 1h}
            ---

            """ + route("  - backendRefs: [{name: a, port: 80}]")
        #expect(!(try export(policy, .envoy, implementation: .envoyGateway)).contains("stateful_session.cookie"))
        #expect((try export(policy, .envoy, implementation: .gep)).contains("stateful_session.cookie"))
        let grpc = route("  - backendRefs: [{name: a, port: 80}]\n    sessionPersistence: {sessionName: s}", kind: "GRPCRoute")
        #expect(!(try export(grpc, .envoy, implementation: .envoyGateway)).contains("stateful_session.cookie"))
    }
}
