import Synchronization

/// The arrays a ``TreeBuilder`` grows as it parses, kept between the builders of one loader.
///
/// A fleet of one file per object makes a builder per file, and each allocated its arrays
/// anew, grew them and freed them. A builder that decodes as it goes (its documents keep none
/// of these arrays) takes a set here and gives it back emptied, with its capacity; a set that
/// grew past ``keptBytes`` is freed instead, so what is kept between files stays small.
final class BuilderStorage: Sendable {
    /// One builder's arrays.
    struct Buffers: Sendable {
        var records: [NodeTree.Record] = []
        var text: [UInt8] = []
        var stack: [TreeBuilder.Frame] = []
        var skipFrames: [TreeBuilder.SkipFrame] = []
        var keyScratch: [Int] = []
        var elision = ElidedInput.Storage()
    }

    /// The most bytes a set may hold to be kept (its records, text and key tables).
    static let keptBytes = 1 << 20

    private let sets = Mutex<[Buffers]>([])

    /// A set given back before, or a new one.
    func take() -> Buffers {
        sets.withLock { $0.popLast() } ?? Buffers()
    }

    /// Keeps `buffers` (emptied, with their capacity) for the next builder, unless they grew large.
    func give(_ buffers: Buffers) {
        let bytes = buffers.records.capacity * MemoryLayout<NodeTree.Record>.stride + buffers.text.capacity
            + buffers.skipFrames.reduce(0) { $0 + $1.keys.capacityBytes }
        guard bytes <= Self.keptBytes else { return }
        sets.withLock { sets in
            // One set per builder at work at once; a few more are never needed.
            if sets.count < 16 { sets.append(buffers) }
        }
    }
}
