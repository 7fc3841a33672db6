import Foundation
import SppctlTestSupport
import Testing

/// The pathological shapes of a fleet (one List of many items, one mapping of many keys, many
/// findings in one file, a whole fleet) cost work in proportion to their size. Work is counted,
/// not timed: callgrind counts the instructions of each run (with deterministic hashing), for
/// inputs of size n, 2n and 4n. Linear work adds the same amount for each doubling, so the
/// second step costs twice the first (1.8–2.0 today); quadratic work makes it four times. A
/// ratio of 2.5 or more fails (a quadratic scan over the List's objects measured 3.5).
@Suite("Work grows linearly with the input (instructions counted by callgrind)",
       .enabled(if: ProcessInfo.processInfo.environment["SPPCTL_SKIP_INTEGRATION"] != "1"))
struct ScalingTests {
    /// One pathological shape: its name, a generator of the input of size `n`, the sizes.
    struct Shape: Sendable, CustomStringConvertible {
        let description: String
        let sizes: [Int]
        let commands: [[String]]
        let write: @Sendable (Int, URL) throws -> URL
    }

    static let shapes: [Shape] = [
        Shape(description: "a List of n ConfigMaps", sizes: [500, 1000, 2000], commands: [["lint", "--format", "json"]]) { n, directory in
            var text = "apiVersion: v1\nkind: List\nitems:\n"
            for index in 0..<n {
                text += "- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c\(index), namespace: default}\n  data: {k: v\(index)}\n"
            }
            return try Self.save(text, as: "list-\(n).yaml", in: directory)
        },
        Shape(description: "a ConfigMap and a Service selector of n keys each", sizes: [2000, 4000, 8000],
              commands: [["lint", "--format", "json"]]) { n, directory in
            let keys = (0..<n).map { "  key\($0): value\($0)\n" }.joined()
            let text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n\(keys)---\n"
                + "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]\n  selector:\n"
                + keys.split(separator: "\n").map { "  \($0)\n" }.joined()
            return try Self.save(text, as: "mapping-\(n).yaml", in: directory)
        },
        Shape(description: "n routes with a finding each, in one file", sizes: [100, 200, 400],
              commands: [["lint"], ["explain", "--format", "json"]]) { n, directory in
            var text = "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\n"
                + "spec:\n  gatewayClassName: c\n  listeners: [{name: http, port: 80, protocol: HTTP}]\n"
            for index in 0..<n {
                text += """
                    ---
                    apiVersion: gateway.networking.k8s.io/v1
                    kind: HTTPRoute
                    metadata: {name: r\(index)}
                    spec:
                      parentRefs: [{name: gw}]
                      rules:
                      - backendRefs: [{name: s\(index), port: 80}]
                        sessionPersistence: {sessionName: s\(index), absoluteTimeout: 1d}

                    """
            }
            return try Self.save(text, as: "findings-\(n).yaml", in: directory)
        },
        Shape(description: "one route with n parentRefs and n named rules (its lists' CEL rules)", sizes: [1000, 2000, 4000],
              commands: [["lint", "--format", "json"]]) { n, directory in
            var text = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  parentRefs:\n"
            text += (0..<n).map { "  - {name: gw\($0 % 2), port: \($0 / 2 + 1)}\n" }.joined() + "  rules:\n"
            text += (0..<n).map { "  - {name: rule\($0 % (n / 2)), matches: [{path: {value: /\($0)}}]}\n" }.joined()
            return try Self.save(text, as: "lists-\(n).yaml", in: directory)
        },
        Shape(description: "a fleet of n objects (Benchmarks/generate_fleet.py), one file", sizes: [200, 400, 800],
              commands: [["lint", "--format", "json"], ["explain", "--format", "json"], ["status"], ["export", "--target", "envoy"]]) { n, directory in
            let generator = TestPaths.packageRoot.appendingPathComponent("Benchmarks/generate_fleet.py")
            let python = try #require(BackgroundProcess.which("python3"), "python3 runs the fleet generator")
            let result = try Sppctl.runProgram(URL(fileURLWithPath: python), [generator.path, directory.path, "\(n)"])
            #expect(result.exitCode == 0, "\(result.stderr)")
            return directory.appendingPathComponent("fleet-\(n).yaml")
        },
    ]

    private static func save(_ text: String, as name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url
    }

    /// The instructions one run of `sppctl arguments…` executes, as callgrind counts them.
    private func instructions(_ arguments: [String]) throws -> Double {
        let valgrind = try #require(BackgroundProcess.which("valgrind"),
                                    "valgrind is not installed: make test installs it (SPPCTL_SKIP_INTEGRATION=1 skips this)")
        let result = try Sppctl.runProgram(URL(fileURLWithPath: valgrind),
                                           ["--tool=callgrind", "--callgrind-out-file=/dev/null", TestPaths.binary.path] + arguments,
                                           environment: ["SWIFT_DETERMINISTIC_HASHING": "1"])
        #expect(result.exitCode == 0 || result.exitCode == 1, "\(arguments): \(result.stderr.suffix(500))")
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains("Collected :") }, "no count in: \(result.stderr.suffix(500))")
        return try #require(Double(line.split(separator: " ").last.map(String.init) ?? ""))
    }

    @Test("the second doubling of the input costs less than 2.5× the first", arguments: shapes)
    func linear(_ shape: Shape) throws {
        let directory = try TestPaths.temporaryDirectory()
        let inputs = try shape.sizes.map { try shape.write($0, directory) }
        for command in shape.commands {
            let counts = try inputs.map { try instructions(command + ["--no-config", "--jobs", "1", $0.path]) }
            let ratio = (counts[2] - counts[1]) / (counts[1] - counts[0])
            #expect(counts[0] < counts[1] && counts[1] < counts[2], "\(shape) \(command): \(counts)")
            #expect(ratio < 2.5, "\(shape), sppctl \(command.joined(separator: " ")): \(counts.map { Int($0) }), ratio \(ratio)")
        }
    }
}
