import Foundation
import PolicyModel
import Testing

@Suite("Files load alike, by one worker or in parts by several")
struct InputReaderTests {
    @Test("a large file (mapped) parsed in parts by 2, 3 and 5 workers loads exactly as parsed by one: every document, value and place")
    func partsMakeTheWholeFile() throws {
        // About 2.4 MiB of documents whose values name their own document and line, of varied
        // lengths so that no part boundary falls in the same place twice.
        let documents = (0..<30_000).map { index in
            "name: doc-\(index)\nline: \(index * 4 + 2)\npad: \(String(repeating: "é", count: index % 37))\n"
        }
        let text = documents.joined(separator: "---\n")
        #expect(text.utf8.count > 2 * YAMLLoader.splitThreshold)
        let path = NSTemporaryDirectory() + "sppctl-input-reader-\(UUID().uuidString).yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let render = { (file: LoadedFile) in
            file.documents.map { document in
                "\(document.root?["name"]?.string ?? "?") \(document.root?["pad"]?.location.description ?? "?") \(document.root?["pad"]?.string?.count ?? -1)"
            }
        }
        let one = try #require(InputReader(loader: YAMLLoader(jobs: 1)).load([path]).files.first)
        #expect(one.issues.isEmpty)
        #expect(one.documents.count == 30_000)
        #expect(render(one)[29_999] == "doc-29999 \(path):119999:6 \(29_999 % 37)")
        for jobs in [2, 3, 5] {
            let (files, errors) = InputReader(loader: YAMLLoader(jobs: jobs)).load([path])
            #expect(errors.isEmpty)
            let file = try #require(files.first)
            #expect(file.issues.isEmpty)
            #expect(render(file) == render(one), "\(jobs) workers")
        }
    }
}
