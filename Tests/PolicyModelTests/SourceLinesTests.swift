import Foundation
import PolicyModel
import Testing

@Suite("Quoted source lines are read again from the file, not kept")
struct SourceLinesTests {
    private func temporaryFile(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "sppctl-source-lines-\(UUID().uuidString).yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }

    @Test("the wanted lines of a file read with InputReader, CRLF and a last line without a break included")
    func linesFromFile() throws {
        let path = try temporaryFile("a: 1\r\nb: 2\nc: ä\nd: 4")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (files, errors) = InputReader().load([path])
        #expect(errors.isEmpty)
        let file = try #require(files.first)
        let wanted = [1, 3, 4, 5].map { SourceLocation(file: path, line: $0, column: 1) }
        let lines = SourceLines([path: file.source], wanted: wanted)
        #expect(lines.line(at: wanted[0]) == "a: 1")
        #expect(lines.line(at: wanted[1]) == "c: ä")
        #expect(lines.line(at: wanted[2]) == "d: 4")
        #expect(lines.line(at: wanted[3]) == nil, "there is no line 5")
        #expect(lines.line(at: SourceLocation(file: path, line: 2, column: 1)) == nil, "line 2 was not wanted")
    }

    @Test("a file changed since it was loaded yields no lines rather than the wrong ones")
    func changedFile() throws {
        let path = try temporaryFile("a: 1\nb: 2\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try #require(InputReader().load([path]).files.first)
        try Data("x: changed and longer\n".utf8).write(to: URL(fileURLWithPath: path))
        let location = SourceLocation(file: path, line: 1, column: 1)
        #expect(SourceLines([path: file.source], wanted: [location]).line(at: location) == nil)
    }

    @Test("text loaded from memory (standard input) keeps its bytes for quoting")
    func memory() {
        let file = YAMLLoader().load(bytes: Array("a: 1\nb: 2\n".utf8), path: "-")
        let location = SourceLocation(file: "-", line: 2, column: 1)
        #expect(SourceLines(["-": file.source], wanted: [location]).line(at: location) == "b: 2")
    }
}
