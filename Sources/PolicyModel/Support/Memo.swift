import Synchronization

/// Answers remembered by key, for questions a fleet asks thousands of times with a few
/// different keys (is this kind misspelled, is this kind's body kept). One per loader or
/// decoder, so per worker: its lock is not contended.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let answers = Mutex<[Key: Value]>([:])

    /// The answer for `key`: remembered, or `compute`d now and remembered.
    func value(for key: Key, compute: () -> Value) -> Value {
        if let known = answers.withLock({ $0[key] }) { return known }
        let answer = compute()
        answers.withLock { $0[key] = answer }
        return answer
    }
}
