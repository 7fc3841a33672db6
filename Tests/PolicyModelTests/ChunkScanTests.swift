import Testing
@testable import PolicyModel

/// A large file is scanned in pieces of whole lines on the workers, and cut into chunks of whole
/// documents from what the pieces found: the cuts must be where one pass over the whole file
/// would put them, with the exact number of line breaks before each.
@Suite struct ChunkScanTests {
    /// Documents of different sizes, separated by marker lines written in each way YAML allows
    /// (and lines that only look like markers), with CRLF line breaks in places.
    private static func text(documents: Int) -> [UInt8] {
        var text = ""
        let markers = ["---\n", "--- \n", "---\t# comment\n", "--- !tag\n", "---\r\n"]
        let lookalikes = ["----\n", "---x: 1\n", "  ---\n", "# ---\n"]
        for index in 0..<documents {
            if index > 0 { text += markers[index % markers.count] }
            text += "kind: ConfigMap\nmetadata: {name: doc-\(index)}\n"
            for line in 0..<(index * 7 % 23) { text += line % 5 == 0 ? lookalikes[(index + line) % lookalikes.count] : "k\(line): value\(line)\r\n" }
        }
        return Array(text.utf8)
    }

    /// The cuts as the loader made them before, in one pass over the whole file: from each
    /// multiple of `size / count`, the next line after a line break that starts a document.
    private static func referenceChunks(_ bytes: [UInt8], count: Int) -> [Range<Int>] {
        var starts = [0]
        let target = bytes.count / count
        bytes.withUnsafeBufferPointer { buffer in
            var index = target
            while starts.count < count && index < buffer.count {
                guard let lineBreak = SourceText.lineBreak(in: buffer, from: index) else { break }
                index = lineBreak
                guard YAMLLoader.startsDocument(buffer, at: index + 1) else {
                    index += 1
                    continue
                }
                starts.append(index + 1)
                index = max(index + 1, starts.count * target)
            }
        }
        return zip(starts, starts.dropFirst() + [bytes.count]).map { $0..<$1 }
    }

    @Test(arguments: [(200, 16, 7), (2000, 16, 16), (2000, 40, 3), (3, 16, 16), (1, 8, 4)])
    func chunksAreWhereOnePassPutsThem(documents: Int, chunks count: Int, pieces pieceCount: Int) {
        let bytes = Self.text(documents: documents)
        let pieces = bytes.withUnsafeBufferPointer { ChunkScan.pieces(of: $0, count: pieceCount) }
        // Pieces cover the file, each but the last ending with a line break.
        #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == bytes.count)
        #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && bytes[$0.upperBound - 1] == 0x0A })
        let scans = ChunkScan.scan(pieces, of: SourceText(bytes: bytes), jobs: 2)
        #expect(scans.map(\.lineBreaks).reduce(0, +) == bytes.filter { $0 == 0x0A }.count)
        let (chunks, lineOffsets) = ChunkScan.documentChunks(scans, pieces: pieces, size: bytes.count, count: count)
        #expect(chunks == Self.referenceChunks(bytes, count: count))
        #expect(lineOffsets == chunks.map { chunk in bytes[..<chunk.lowerBound].filter { $0 == 0x0A }.count })
        if documents > 100 { #expect(chunks.count == count) }
    }
}
