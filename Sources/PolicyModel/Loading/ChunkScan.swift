/// What the loader needs to know of one chunk of a file cut at document boundaries before it
/// parses it: its first encoding problem and control character, its first template action and
/// its line breaks.
/// A chunk starts at the start of a line, so no character or line spans two chunks and each
/// chunk is scanned on its own, on the workers; offsets are within the chunk.
struct ChunkScan: Sendable {
    let text: SourceText.TextCheck
    let templateAction: Int?
    let lineBreaks: Int

    /// The scans of `chunks` of `bytes`, in order, made on up to `jobs` workers.
    static func scan(_ chunks: [Range<Int>], of bytes: [UInt8], jobs: Int) -> [ChunkScan] {
        OrderedParallel.map(count: chunks.count, jobs: jobs) { range in
            range.map { index in
                bytes.withUnsafeBufferPointer { buffer in
                    let chunk = UnsafeBufferPointer(rebasing: buffer[chunks[index]])
                    return ChunkScan(text: SourceText.check(chunk), templateAction: SourceText.firstTemplateAction(in: chunk),
                                     lineBreaks: SourceText.lineBreakCount(in: chunk, from: 0))
                }
            }
        }
    }

    /// The file's check: its first encoding problem and its first control character, at their
    /// offsets in the file.
    static func text(_ scans: [ChunkScan], chunks: [Range<Int>]) -> SourceText.TextCheck {
        let pairs = zip(scans, chunks).lazy
        return SourceText.TextCheck(problem: pairs.compactMap { scan, chunk in scan.text.problem.map { (chunk.lowerBound + $0.offset, $0.message) } }.first,
                                    control: pairs.compactMap { scan, chunk in scan.text.control.map { chunk.lowerBound + $0 } }.first)
    }

    /// The offset in the file of its first template action.
    static func firstTemplateAction(_ scans: [ChunkScan], chunks: [Range<Int>]) -> Int? {
        zip(scans, chunks).lazy.compactMap { scan, chunk in scan.templateAction.map { chunk.lowerBound + $0 } }.first
    }

    /// The number of line breaks before each chunk.
    static func lineOffsets(_ scans: [ChunkScan]) -> [Int] {
        var offsets: [Int] = []
        var lines = 0
        for scan in scans {
            offsets.append(lines)
            lines += scan.lineBreaks
        }
        return offsets
    }
}
