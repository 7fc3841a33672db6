/// What the loader needs to know of one chunk of a file cut at document boundaries before it
/// parses it: its first encoding problem, its first template action and its line breaks.
/// A chunk starts at the start of a line, so no character or line spans two chunks and each
/// chunk is scanned on its own, on the workers; offsets are within the chunk.
struct ChunkScan: Sendable {
    let problem: (offset: Int, message: String)?
    let templateAction: Int?
    let lineBreaks: Int

    /// The scans of `chunks` of `bytes`, in order, made on up to `jobs` workers.
    static func scan(_ chunks: [Range<Int>], of bytes: [UInt8], jobs: Int) -> [ChunkScan] {
        OrderedParallel.map(count: chunks.count, jobs: jobs) { range in
            range.map { index in
                bytes.withUnsafeBufferPointer { buffer in
                    let chunk = UnsafeBufferPointer(rebasing: buffer[chunks[index]])
                    return ChunkScan(problem: SourceText.firstEncodingProblem(chunk), templateAction: SourceText.firstTemplateAction(in: chunk),
                                     lineBreaks: SourceText.lineBreakCount(in: chunk, from: 0))
                }
            }
        }
    }

    /// The file's first encoding problem, with its offset in the file.
    static func firstProblem(_ scans: [ChunkScan], chunks: [Range<Int>]) -> (offset: Int, message: String)? {
        zip(scans, chunks).lazy.compactMap { scan, chunk in scan.problem.map { (chunk.lowerBound + $0.offset, $0.message) } }.first
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
