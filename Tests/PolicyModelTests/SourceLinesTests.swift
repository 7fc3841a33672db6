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

    @Test("lines of a file read in several chunks, skipped over many at a time, are the lines wanted")
    func linesFromLargeFile() throws {
        // About 2.5 MiB of lines of every length from 0 to 80 bytes: chunks of 1 MiB end inside
        // lines, and the skipping goes over blocks of 32 bytes holding from 0 to 32 breaks.
        // "Ê" is C3 8A: a byte that differs from a line feed only in its high bit.
        let lines = (1...60_000).map { index in "\(index):Ê" + String(repeating: "x", count: (index * 7) % 73) }
        let path = try temporaryFile(lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try #require(InputReader().load([path]).files.first)
        let numbers = [1, 2, 3, 33, 34, 1000] + Array(stride(from: 1001, through: 60_000, by: 997)) + [59_999, 60_000, 60_001]
        let wanted = numbers.map { SourceLocation(file: path, line: $0, column: 1) }
        let read = SourceLines([path: file.source], wanted: wanted)
        for (number, location) in zip(numbers, wanted) {
            #expect(read.line(at: location) == (number <= 60_000 ? lines[number - 1] : ""), "line \(number)")
        }
    }

    @Test("lines of a large file read from the line starts its loader found, on several workers, are the lines wanted")
    func linesFromKnownLineStarts() throws {
        let lines = (1...60_000).map { index in "\(index):Ê" + String(repeating: "x", count: (index * 7) % 73) }
        let text = lines.joined(separator: "\n") + "\n"
        let path = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try #require(InputReader(loader: YAMLLoader(jobs: 3)).load([path]).files.first)
        // The pieces the loader scanned start where their lines do.
        let starts = file.source.lineStarts
        #expect(starts.count == 24)
        let bytes = Array(text.utf8)
        let lineOffsets = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        for start in starts {
            #expect(lineOffsets[start.line - 1] == start.offset, "line \(start.line)")
        }
        // Lines at, just before and just after each known start, and the file's last lines.
        let numbers = Set(starts.flatMap { [$0.line - 1, $0.line, $0.line + 1] }.filter { $0 >= 1 } + [59_999, 60_000, 60_001])
        let wanted = numbers.sorted().reversed().map { SourceLocation(file: path, line: $0, column: 1) }
        for jobs in [1, 2, 5] {
            let read = SourceLines([path: file.source], wanted: wanted, jobs: jobs)
            for location in wanted {
                #expect(read.line(at: location) == (location.line <= 60_000 ? lines[location.line - 1] : ""), "line \(location.line), \(jobs) workers")
            }
        }
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
