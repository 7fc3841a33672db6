import FoundationEssentials
import Glibc

/// The keys of one mapping seen so far, with where each was first written, for finding
/// duplicate keys while a document streams in. Keys are kept as UTF-8 bytes back to back (no
/// `String` per key). Small mappings (almost all) are scanned linearly; larger ones get an
/// open-addressing table on an FNV-1a hash of the key's bytes, which costs far less than
/// `Dictionary`'s seeded hashing for a mapping of many thousands of keys. Keys are compared
/// exactly, so a hash collision is never a duplicate.
struct KeyTable<Position: Sendable>: Sendable {
    /// Every key's bytes, back to back.
    private var bytes: [UInt8] = []
    /// Per key: where its bytes start in ``bytes`` (they end where the next key's start), the
    /// low half of its hash (all a table of up to 2^31 slots uses) and where it was written:
    /// 32 bits each, as a file is far smaller than 4 GiB, so that a mapping of many thousands
    /// of keys stays small.
    private var keys: [(start: UInt32, hash: UInt32, position: Position)] = []
    /// Indexes into `keys` by hash slot, `-1` for an empty slot; empty while the table is small.
    private var slots: [Int32] = []

    private static var linearLimit: Int { 16 }

    /// The bytes its storage holds room for.
    var capacityBytes: Int {
        bytes.capacity + keys.capacity * MemoryLayout<(start: UInt32, hash: UInt32, position: Position)>.stride
            + slots.capacity * MemoryLayout<Int32>.stride
    }

    /// Forgets every key, keeping the storage for the next mapping.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
    }

    /// Records the key whose UTF-8 bytes are `key`, written at `position`; returns where it
    /// was first written when it is a repeat.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, at position: Position) -> Position? {
        let hash = UInt32(truncatingIfNeeded: Self.hash(key))
        if slots.isEmpty {
            for index in keys.indices where keys[index].hash == hash && matches(index, key) { return keys[index].position }
            append(key, hash: hash, position: position)
            if keys.count > Self.linearLimit { rebuild(capacity: 64) }
            return nil
        }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if keys[index].hash == hash && matches(index, key) { return keys[index].position }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count)
        append(key, hash: hash, position: position)
        if keys.count * 2 > slots.count { rebuild(capacity: slots.count * 2) }
        return nil
    }

    private mutating func append(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32, position: Position) {
        // Room for a typical mapping's keys at once, instead of growth by doubling from one.
        if keys.capacity == 0 {
            keys.reserveCapacity(8)
            bytes.reserveCapacity(128)
        }
        let start = UInt32(truncatingIfNeeded: bytes.count)
        bytes.append(contentsOf: key)
        keys.append((start, hash, position))
    }

    /// True when key `index` is exactly `key`.
    private func matches(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keys[index].start)
        let end = index + 1 < keys.count ? Int(keys[index + 1].start) : bytes.count
        guard end - start == key.count else { return false }
        guard let base = key.baseAddress, !key.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, key.count) == 0 }
    }

    /// Puts every key in a table of `capacity` slots (a power of two), by its hash.
    private mutating func rebuild(capacity: Int) {
        slots.removeAll(keepingCapacity: true)
        slots.append(contentsOf: repeatElement(-1, count: capacity))
        let mask = capacity - 1
        for index in keys.indices {
            var slot = Int(keys[index].hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
