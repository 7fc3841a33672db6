import Foundation

/// Answers remembered by key, for questions a fleet asks thousands of times with a few
/// different keys (is this kind misspelled, is this kind's body kept). One per loader or
/// decoder, so per worker: its lock is not contended.
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private var answers: [Key: Value] = [:]
    private let lock = NSLock()

    /// The answer for `key`: remembered, or `compute`d now and remembered.
    func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        let known = answers[key]
        lock.unlock()
        if let known { return known }
        let answer = compute()
        lock.lock()
        answers[key] = answer
        lock.unlock()
        return answer
    }
}
