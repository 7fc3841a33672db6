import Foundation
@testable import PolicyModel
import Testing

/// A large input is mapped, parsed in place, and its parts are given back as they are parsed.
@Suite("Large files are mapped and given back as they are parsed")
struct MappedFileTests {
    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "sppctl-mapped-\(UUID().uuidString).yaml"
        try #require(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }

    /// The resident size, in KiB, of this process's mapping of `path`, from /proc/self/smaps.
    static func residentKiB(ofMappingOf path: String) throws -> Int {
        // Read to its end: a /proc file's size says 0.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        defer { try? handle.close() }
        let smaps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        var inMapping = false
        var total = 0
        var found = false
        for line in smaps.split(separator: "\n") {
            if let first = line.first, first.isHexDigit, line.contains("-") && !line.hasSuffix(":") && line.split(separator: " ").count >= 5 {
                inMapping = line.hasSuffix(path)
                found = found || inMapping
            } else if inMapping, line.hasPrefix("Rss:") {
                total += Int(line.split(separator: " ")[1]) ?? 0
            }
        }
        try #require(found, "\(path) is mapped")
        return total
    }

    @Test("pages given back leave the process's resident memory, and read the same bytes when read again")
    func releaseGivesPagesBack() throws {
        let text = String(repeating: "key: 0123456789abcdef\n", count: 200_000)
        let path = try Self.temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let file = try #require(MappedFile.map(descriptor, count: text.utf8.count))
        let checksum = { file.buffer.reduce(0) { ($0 &* 31) &+ Int($1) } }
        let expected = Array(text.utf8).reduce(0) { ($0 &* 31) &+ Int($1) }
        #expect(checksum() == expected)
        let whole = try Self.residentKiB(ofMappingOf: path)
        #expect(whole >= text.utf8.count / 1024 - 4, "every page read is resident: \(whole) KiB")
        // The first half given back: at least its whole pages go (the kernel may take more of
        // a large page-cache folio out of the count).
        file.release(0..<text.utf8.count / 2)
        let half = try Self.residentKiB(ofMappingOf: path)
        #expect(half <= whole / 2 + 4, "\(half) KiB of \(whole) KiB")
        // All of it, the last page too, though the file ends within it.
        file.release(0..<file.count)
        #expect(try Self.residentKiB(ofMappingOf: path) == 0)
        // Read again, from the file.
        #expect(checksum() == expected)
        #expect(try Self.residentKiB(ofMappingOf: path) == whole)
    }

    @Test("a large file loads mapped exactly as its bytes do from memory, with one worker and with several",
          arguments: [1, 2, 3])
    func mappedLoadsAsMemory(jobs: Int) throws {
        // About 3 MiB: documents naming their own line, one of them late with its kind after its
        // body (it is parsed again from its start, after the documents before it were given back).
        var documents = (0..<24_000).map { index in
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: doc-\(index)}\ndata: {line: \"\(index * 5 + 1)\", pad: \(String(repeating: "é", count: index % 23))}\n"
        }
        documents[20_000] = "apiVersion: v1\nmetadata: {name: late}\nspec: {ports: [{port: 80}], selector: {app: late}}\nkind: Service\n"
        let text = documents.joined(separator: "---\n")
        #expect(text.utf8.count > 2 * YAMLLoader.splitThreshold)
        let path = try Self.temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The reader maps it (it would read it if it could not).
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        #expect(MappedFile.map(descriptor, count: text.utf8.count) != nil)
        close(descriptor)
        let loader = YAMLLoader(jobs: jobs, bodies: .analysedKindsOnly, decoder: ObjectDecoder(generation: .v1_5, defaultNamespace: "default"))
        let render = { (file: LoadedFile) -> [String] in
            (file.decoded?.objects ?? []).map { object in
                "\(object.label) \(object.location) \(object.metadata.name?.location.description ?? "?")"
            } + file.issues.map { "\($0.location) \($0.message)" }
        }
        let (files, errors) = InputReader(loader: loader).load([path])
        #expect(errors.isEmpty)
        let mapped = try #require(files.first)
        let memory = loader.load(bytes: Array(text.utf8), path: path)
        #expect(render(mapped).count == 24_000)
        #expect(render(mapped) == render(memory))
        #expect(render(mapped)[20_000] == "Service default/late \(path):100001:1 \(path):100002:18")
    }
}
