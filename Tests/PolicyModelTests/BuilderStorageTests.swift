@testable import PolicyModel
import Testing

/// A loader's builders hand their arrays on to the next builder, unless they grew large.
@Suite("Builder storage")
struct BuilderStorageTests {
    @Test("a set given back is taken again with its capacity; a large one is not kept")
    func keepsOnlySmallSets() {
        let storage = BuilderStorage()
        var small = BuilderStorage.Buffers()
        small.text.reserveCapacity(4096)
        storage.give(small)
        #expect(storage.take().text.capacity >= 4096)
        #expect(storage.take().text.capacity == 0, "a set is taken once")

        var large = BuilderStorage.Buffers()
        large.text.reserveCapacity(BuilderStorage.keptBytes + 1)
        storage.give(large)
        #expect(storage.take().text.capacity == 0)

        // Key tables count too: a skipped mapping of many keys leaves large ones behind.
        var keyed = BuilderStorage.Buffers()
        var frame = TreeBuilder.SkipFrame(isMapping: true)
        let key = [UInt8](repeating: UInt8(ascii: "k"), count: 64)
        for index in 0..<40_000 {
            var bytes = key
            withUnsafeBytes(of: index) { bytes.replaceSubrange(0..<8, with: $0) }
            _ = bytes.withUnsafeBufferPointer { frame.keys.insert($0, at: (line: UInt32(index), column: 0)) }
        }
        #expect(frame.keys.capacityBytes > BuilderStorage.keptBytes)
        keyed.skipFrames = [frame]
        storage.give(keyed)
        #expect(storage.take().skipFrames.isEmpty)
    }
}
