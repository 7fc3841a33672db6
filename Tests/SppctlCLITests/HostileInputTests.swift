import Foundation
import SppctlTestSupport
import Testing

/// Inputs built to break a parser: each must end with a located diagnostic or a one-line
/// error within seconds, and the other files must still be reported.
@Suite("Hostile inputs")
struct HostileInputTests {
    static let good = Fixtures.invalidDurationRoute

    private func directory(with files: [String: Data]) throws -> URL {
        let directory = try TestPaths.temporaryDirectory()
        for (name, data) in files {
            try data.write(to: directory.appendingPathComponent(name))
        }
        try Data(Self.good.utf8).write(to: directory.appendingPathComponent("good.yaml"))
        return directory
    }

    private func lint(_ directory: URL) throws -> CommandResult {
        let result = try Sppctl.run(["lint", "--no-config", "."], in: directory)
        #expect(result.seconds < 10, "took \(result.seconds)s")
        #expect(result.stdout.contains("./good.yaml:8:24: error: absoluteTimeout \"1d\""), "the other file is still reported")
        return result
    }

    @Test("an alias bomb")
    func aliasBomb() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let result = try lint(try directory(with: ["bomb.yaml": Data(text.utf8)]))
        #expect(result.stdout.contains("./bomb.yaml:6:10:"))
        #expect(result.stdout.contains("error: alias expansion exceeds 100000 nodes (an alias bomb?); the rest of the file is not loaded [SPP001]"))
    }

    @Test("10,000-deep nesting")
    func deepNesting() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let result = try lint(try directory(with: ["deep.yaml": Data(text.utf8)]))
        #expect(result.stdout.contains("./deep.yaml:1:257: error: nesting deeper than 256 levels; the rest of the file is not loaded [SPP001]"))
    }

    @Test("invalid UTF-8")
    func invalidUTF8() throws {
        var bytes = Data("kind: Service\nmetadata:\n  name: caf".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(Data("\n".utf8))
        let result = try lint(try directory(with: ["latin.yaml": bytes]))
        #expect(result.stdout.contains("./latin.yaml:3:12: error: invalid UTF-8: byte 0xC3 is not followed by a continuation byte [SPP001]"))
    }

    @Test("UTF-16 text (as Windows PowerShell 5 redirects output to a file), little- and big-endian, with and without a byte order mark",
          arguments: [(true, true), (false, true), (true, false), (false, false)])
    func utf16(littleEndian: Bool, marked: Bool) throws {
        let text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"
        var bytes = Data(marked ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : [])
        for unit in text.utf16 {
            bytes.append(contentsOf: littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        let result = try lint(try directory(with: ["windows.yaml": bytes]))
        let what = marked ? "the file is UTF-16 (it starts with the byte order mark \(littleEndian ? "0xFF 0xFE" : "0xFE 0xFF"))"
            : "the file looks like UTF-16 without a byte order mark (\(littleEndian ? "little" : "big")-endian: a 0 byte beside each character)"
        #expect(result.stdout.contains("./windows.yaml:1:1: error: \(what); sppctl reads YAML and JSON as UTF-8: save it as UTF-8 [SPP001]"))
    }

    @Test("a manifest whose file name is not UTF-8 is reported as such, not as missing")
    func nonUTF8Name() throws {
        let directory = try directory(with: [:])
        // "café.yaml" in Latin-1: 0xE9 is not UTF-8.
        let path = Array(directory.path.utf8).map { CChar(bitPattern: $0) } + [CChar(bitPattern: 0x2F)]
            + "caf".utf8.map { CChar(bitPattern: $0) } + [CChar(bitPattern: 0xE9)] + ".yaml".utf8.map { CChar(bitPattern: $0) } + [0]
        let descriptor = open(path, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        #expect(write(descriptor, Self.good, Self.good.utf8.count) == Self.good.utf8.count)
        close(descriptor)
        let result = try lint(directory)
        #expect(result.exitCode == 2)
        #expect(result.stderr == "sppctl: error: cannot read './caf\u{FFFD}.yaml': its name is not UTF-8 (sppctl names the files it reports on in UTF-8): rename it\n")
    }

    @Test("integers and durations at the edges of 64 bits and past them: every command ends with its findings, none traps",
          arguments: [["lint"], ["explain", "--format", "json"], ["status"], ["export", "--target", "envoy"], ["export", "--target", "nginx"]])
    func extremeNumbers(_ command: [String]) throws {
        let manifest = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: numbers
            spec:
              rules:
              - sessionPersistence:
                  absoluteTimeout: 99999999999999999999h
                  idleTimeout: 1h99999999999999999999m
                backendRefs:
                - {name: a, port: 9223372036854775807, weight: 9223372036854775807}
                - {name: b, port: -9223372036854775808, weight: 9223372036854775807}
                - {name: c, port: 99999999999999999999999, weight: -9223372036854775808}
                - {name: d, port: 80, weight: -1}

            """
        let directory = try directory(with: ["numbers.yaml": Data(manifest.utf8)])
        let result = try Sppctl.run(command + ["--no-config", "."], in: directory)
        #expect([0, 1].contains(result.exitCode), "\(result.stderr.prefix(300))")
        #expect(!result.stderr.contains("runtime failure"))
        if command == ["lint"] {
            #expect(result.stdout.contains("./numbers.yaml:8:24: error: absoluteTimeout \"99999999999999999999h\" is not a GEP-2257 duration"))
            #expect(result.stdout.contains("./good.yaml:8:24: error: absoluteTimeout \"1d\""))
        }
    }

    @Test("a 200 MB file")
    func hugeFile() throws {
        let directory = try directory(with: [:])
        let url = directory.appendingPathComponent("huge.yaml")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        let result = try lint(directory)
        #expect(result.stdout.contains("./huge.yaml:1:1: error: the file is 200 MiB, larger than the 128 MiB limit (--max-file-size); it was not read [SPP001]"))
    }

    @Test("a FIFO named like a manifest is refused, not waited on")
    func fifo() throws {
        let directory = try directory(with: [:])
        #expect(mkfifo(directory.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        let result = try Sppctl.run(["lint", "--no-config", "."], in: directory)
        #expect(result.seconds < 10)
        #expect(result.exitCode == 2)
        #expect(result.stderr == "sppctl: error: cannot read './pipe.yaml': not a regular file\n")
        #expect(result.stdout.contains("./good.yaml:8:24: error:"))
    }

    @Test("symbolic links: a link to a directory (a cycle here) is not followed, a link to a manifest is read (once, as the manifest, when that is read too), a dangling one is skipped")
    func symbolicLinks() throws {
        let directory = try directory(with: [:])
        let nested = directory.appendingPathComponent("nested")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data(Self.good.utf8).write(to: nested.appendingPathComponent("route.yaml"))
        #expect(symlink("..", nested.appendingPathComponent("loop").path) == 0)
        #expect(symlink("nested/route.yaml", directory.appendingPathComponent("linked.yaml").path) == 0)
        let outside = try TestPaths.temporaryDirectory(with: ["route.yaml": Self.good])
        #expect(symlink(outside.appendingPathComponent("route.yaml").path, directory.appendingPathComponent("external.yaml").path) == 0)
        #expect(symlink("missing.yaml", directory.appendingPathComponent("dangling.yaml").path) == 0)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        try Data(Self.good.utf8).write(to: directory.appendingPathComponent(".hidden/route.yaml"))
        let result = try lint(directory)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "")
        let files = Set(result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.prefix(while: { $0 != ":" }) })
        #expect(files == ["./external.yaml", "./good.yaml", "./nested/route.yaml"])
    }

    @Test("a directory with binaries in it")
    func binaries() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        png.append(Data(repeating: 0xFF, count: 64))
        let result = try lint(try directory(with: ["logo.png": png, "blob.yaml": png, "tool.json": Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00])]))
        #expect(!result.stdout.contains("logo.png"), "only *.yaml, *.yml and *.json are read from directories")
        #expect(result.stdout.contains("./blob.yaml:1:1: error: invalid UTF-8: byte 0x89 cannot start a character [SPP001]"))
        #expect(result.stdout.contains("./tool.json:1:"))
        #expect(result.stdout.contains("NUL byte"))
    }
}
