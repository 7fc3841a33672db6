import Synchronization

/// Answers remembered by key, for questions a fleet asks thousands of times with a few
/// different keys (is this kind misspelled, is this kind's body kept). One per loader or
/// decoder, so per worker: its lock is not contended.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let answers = Mutex(Answers())

    /// The answers so far: the first few in a list, compared key by key (cheaper than hashing
    /// the keys, which are strings, for the handful a fleet has), and any more in a dictionary,
    /// so that input with thousands of different keys stays linear.
    private struct Answers {
        static var listed: Int { 32 }
        var few: [(key: Key, value: Value)] = []
        var more: [Key: Value] = [:]

        func answer(for key: Key) -> Value? {
            for entry in few where entry.key == key { return entry.value }
            return more.isEmpty ? nil : more[key]
        }

        mutating func remember(_ value: Value, for key: Key) {
            if few.count < Self.listed { few.append((key, value)) } else { more[key] = value }
        }
    }

    /// The answer for `key`: remembered, or `compute`d now and remembered.
    func value(for key: Key, compute: () -> Value) -> Value {
        if let known = answers.withLock({ $0.answer(for: key) }) { return known }
        let answer = compute()
        answers.withLock { answers in
            // Another thread may have remembered it meanwhile: a key is listed once.
            if answers.answer(for: key) == nil { answers.remember(answer, for: key) }
        }
        return answer
    }
}
