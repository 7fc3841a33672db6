import Foundation

/// ``KindSpelling/intended(group:kind:)`` remembered per group and kind: a fleet repeats a
/// few kinds thousands of times, and each answer costs edit distances. One cache per decoder
/// (so per loader worker: no lock is contended).
final class KindSpellingCache: @unchecked Sendable {
    private struct Key: Hashable {
        let group: String
        let kind: String
    }

    private struct Answer {
        let intended: (kind: KnownKind, group: String)?
    }

    private var answers: [Key: Answer] = [:]
    private let lock = NSLock()

    /// What `group`/`kind` most likely misspell, as ``KindSpelling/intended(group:kind:)`` says.
    func intended(group: String, kind: String) -> (kind: KnownKind, group: String)? {
        let key = Key(group: group, kind: kind)
        lock.lock()
        let known = answers[key]
        lock.unlock()
        if let known { return known.intended }
        let answer = Answer(intended: KindSpelling.intended(group: group, kind: kind))
        lock.lock()
        answers[key] = answer
        lock.unlock()
        return answer.intended
    }
}
