/// The positions of objects by identity: one open-addressing table of positions, probed by
/// hashes worked out beforehand (on the workers, see ``Key``), so that building it for a fleet
/// of 100,000 objects hashes no string and allocates nothing per object.
///
/// When an identity is defined twice, the table keeps the later position, as applying the
/// inputs in order would leave it; ``redefinitions`` lists every later definition.
struct IdentityTable: Sendable {
    /// The hashes of an object's identity and of its kind and namespace (its place).
    struct Key: Sendable {
        let hash: Int
        let placeHash: Int

        init(_ identity: ObjectIdentity) {
            placeHash = Self.placeHash(kind: identity.kind, namespace: identity.namespace)
            // From the place's hash: the kind and namespace are hashed once for both.
            var hasher = Hasher()
            hasher.combine(placeHash)
            hasher.combine(identity.group)
            hasher.combine(identity.name)
            hash = hasher.finalize()
        }

        /// The hash of a kind and a namespace.
        static func placeHash(kind: String, namespace: String) -> Int {
            var hasher = Hasher()
            hasher.combine(kind)
            hasher.combine(namespace)
            return hasher.finalize()
        }
    }

    /// A later definition of an identity: its position, the position it replaced, and the
    /// position of the identity's first definition.
    struct Redefinition: Sendable {
        let position: Int
        let replaced: Int
        let first: Int
    }

    /// The position in each slot, or -1; a power of two slots, at most half of them used.
    private let slots: [Int32]
    /// Each position's hash (0 for an object without an identity).
    private let hashes: [Int]
    /// Every later definition, in input order.
    let redefinitions: [Redefinition]
    /// The positions of each identity's first definition, in input order.
    let firstDefinitions: [Int32]

    /// Indexes `keys`, one per position (nil for an object without an identity);
    /// `identityAt` gives the identity of a position (compared only when two hashes agree).
    init(_ keys: [Key?], identityAt: (Int) -> ObjectIdentity?) {
        precondition(keys.count < Int(Int32.max), "positions fit in 32 bits")
        let used = keys.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        var capacity = 16
        while capacity < 2 * used { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var redefinitions: [Redefinition] = []
        var firstDefinitions: [Int32] = []
        firstDefinitions.reserveCapacity(used)
        // The first definition of an identity defined more than once, by slot.
        var firsts: [Int: Int] = [:]
        slots.withUnsafeMutableBufferPointer { slots in
            for (position, key) in keys.enumerated() {
                guard let key else { continue }
                var slot = key.hash & mask
                while true {
                    let occupant = Int(slots[slot])
                    if occupant < 0 {
                        slots[slot] = Int32(position)
                        firstDefinitions.append(Int32(position))
                        break
                    }
                    if keys[occupant]?.hash == key.hash, identityAt(occupant) == identityAt(position) {
                        slots[slot] = Int32(position)
                        let first = firsts[slot] ?? occupant
                        firsts[slot] = first
                        redefinitions.append(Redefinition(position: position, replaced: occupant, first: first))
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        self.slots = slots
        hashes = keys.map { $0?.hash ?? 0 }
        self.redefinitions = redefinitions
        self.firstDefinitions = firstDefinitions
    }

    /// The position of the last definition of `identity`; `identityAt` gives the identity of a
    /// position (compared only when the hashes agree).
    func position(of identity: ObjectIdentity, identityAt: (Int) -> ObjectIdentity?) -> Int? {
        let hash = Key(identity).hash
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let occupant = Int(slots[slot])
            if occupant < 0 { return nil }
            if hashes[occupant] == hash, identityAt(occupant) == identity { return occupant }
            slot = (slot + 1) & mask
        }
    }
}
