/// The keys of one mapping seen so far, with where each was first written, for finding
/// duplicate keys while a document streams in. Small mappings (almost all) are scanned
/// linearly; larger ones get an open-addressing table on an FNV-1a hash of the key's UTF-8
/// bytes, which costs far less than `Dictionary`'s seeded hashing for a mapping of many
/// thousands of keys. Keys are compared exactly, so a hash collision is never a duplicate.
struct KeyTable<Position> {
    private var keys: [(text: String, position: Position)] = []
    /// Indexes into `keys` by hash slot, `-1` for an empty slot; empty while the table is small.
    private var slots: [Int32] = []
    private var hashes: [UInt64] = []

    private static var linearLimit: Int { 16 }

    /// Records `key` at `position`; returns where it was first written when it is a repeat.
    mutating func insert(_ key: String, at position: Position) -> Position? {
        let hash = Self.hash(key)
        if slots.isEmpty {
            for (index, existing) in keys.enumerated() where hashes[index] == hash && existing.text == key { return existing.position }
            keys.append((key, position))
            hashes.append(hash)
            if keys.count > Self.linearLimit { rebuild(capacity: 64) }
            return nil
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash && keys[index].text == key { return keys[index].position }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count)
        keys.append((key, position))
        hashes.append(hash)
        if keys.count * 2 > slots.count { rebuild(capacity: slots.count * 2) }
        return nil
    }

    private mutating func rebuild(capacity: Int) {
        slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    private static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
