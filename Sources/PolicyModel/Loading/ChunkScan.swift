/// What the loader needs to know of one piece of a large file before it parses it: its first
/// encoding problem and control character, its first template action, its line breaks and
/// the lines that start a document (`---`).
/// A piece starts at the start of a line, so no character or line spans two pieces and each
/// piece is scanned on its own, on the workers; offsets are within the piece.
struct ChunkScan: Sendable {
    let text: SourceText.TextCheck
    let templateAction: Int?
    let lineBreaks: Int
    /// The lines that start with a document marker: where each starts, and the number of line
    /// breaks in the piece before it.
    let documentStarts: [(offset: Int, lineBreaks: Int)]

    /// A file's bytes cut into about `count` pieces of whole lines (fewer when its lines are long).
    static func pieces(of bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        let size = max(1, bytes.count / max(1, count))
        while start < bytes.count {
            let end = start + size < bytes.count ? (SourceText.lineBreak(in: bytes, from: start + size).map { $0 + 1 } ?? bytes.count) : bytes.count
            pieces.append(start..<end)
            start = end
        }
        return pieces.isEmpty ? [0..<0] : pieces
    }

    /// The scans of `pieces` of `source`, in order, made on up to `jobs` workers.
    static func scan(_ pieces: [Range<Int>], of source: SourceText, jobs: Int) -> [ChunkScan] {
        OrderedParallel.map(count: pieces.count, jobs: jobs) { range in
            range.map { index in
                source.withUnsafeBufferPointer { buffer in
                    let piece = UnsafeBufferPointer(rebasing: buffer[pieces[index]])
                    let lines = lines(of: piece)
                    return ChunkScan(text: SourceText.check(piece), templateAction: SourceText.firstTemplateAction(in: piece),
                                     lineBreaks: lines.breaks, documentStarts: lines.documentStarts)
                }
            }
        }
    }

    /// The line breaks of `piece`, and its lines that start a document: line feeds are found
    /// eight bytes at a time, and only the line after each one is looked at.
    private static func lines(of piece: UnsafeBufferPointer<UInt8>) -> (breaks: Int, documentStarts: [(offset: Int, lineBreaks: Int)]) {
        var breaks = 0
        var starts: [(offset: Int, lineBreaks: Int)] = []
        if YAMLLoader.startsDocument(piece, at: 0) { starts.append((0, 0)) }
        func lineBreak(at index: Int) {
            breaks += 1
            if index + 1 < piece.count, piece[index + 1] == UInt8(ascii: "-"), YAMLLoader.startsDocument(piece, at: index + 1) {
                starts.append((index + 1, breaks))
            }
        }
        var position = 0
        let raw = UnsafeRawBufferPointer(piece)
        while position + 8 <= piece.count {
            var mask = ByteWord.bytes(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self), equalTo: 0x0A)
            while mask != 0 {
                lineBreak(at: position + mask.trailingZeroBitCount / 8)
                mask &= mask - 1
            }
            position += 8
        }
        while position < piece.count {
            if piece[position] == 0x0A { lineBreak(at: position) }
            position += 1
        }
        return (breaks, starts)
    }

    /// The file's check: its first encoding problem and its first control character, at their
    /// offsets in the file, and whether it has unusual line breaks.
    static func text(_ scans: [ChunkScan], pieces: [Range<Int>]) -> SourceText.TextCheck {
        let pairs = zip(scans, pieces).lazy
        return SourceText.TextCheck(problem: pairs.compactMap { scan, piece in scan.text.problem.map { (piece.lowerBound + $0.offset, $0.message) } }.first,
                                    control: pairs.compactMap { scan, piece in scan.text.control.map { piece.lowerBound + $0 } }.first,
                                    unusualBreaks: scans.contains { $0.text.unusualBreaks })
    }

    /// The offset in the file of its first template action.
    static func firstTemplateAction(_ scans: [ChunkScan], pieces: [Range<Int>]) -> Int? {
        zip(scans, pieces).lazy.compactMap { scan, piece in scan.templateAction.map { piece.lowerBound + $0 } }.first
    }

    /// The file of `size` bytes cut into up to `count` chunks of whole documents, of about equal
    /// size (each chunk after the first starts at the first document marker line past the
    /// next multiple of `size / count`), with the number of line breaks before each.
    static func documentChunks(_ scans: [ChunkScan], pieces: [Range<Int>], size: Int, count: Int) -> (chunks: [Range<Int>], lineOffsets: [Int]) {
        var starts = [0]
        var lineOffsets = [0]
        let target = size / count
        var index = target
        var lines = 0
        search: for (scan, piece) in zip(scans, pieces) {
            for start in scan.documentStarts {
                guard starts.count < count, index < size else { break search }
                // A marker counts when the line break before it is at `index` or later.
                let offset = piece.lowerBound + start.offset
                guard offset > index else { continue }
                starts.append(offset)
                lineOffsets.append(lines + start.lineBreaks)
                index = max(offset, starts.count * target)
            }
            lines += scan.lineBreaks
        }
        return (zip(starts, starts.dropFirst() + [size]).map { $0..<$1 }, lineOffsets)
    }

    /// Where each piece starts, and on which line: for reading lines again far into the file.
    static func lineStarts(_ scans: [ChunkScan], pieces: [Range<Int>]) -> [SourceReference.LineStart] {
        var line = 1
        return zip(scans, pieces).map { scan, piece in
            defer { line += scan.lineBreaks }
            return SourceReference.LineStart(offset: piece.lowerBound, line: line)
        }
    }
}
