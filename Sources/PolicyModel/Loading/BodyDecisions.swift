import Foundation

/// ``BodyPolicy/keepsBody(kind:apiVersion:)`` remembered per kind and apiVersion, for all the
/// files one loader reads: a fleet repeats a few kinds many times, often one object per file.
/// One per loader (so per worker: no lock is contended).
final class BodyDecisions: @unchecked Sendable {
    private struct Key: Hashable {
        let kind: String
        let apiVersion: String?
    }

    private let policy: BodyPolicy
    private var kept: [Key: Bool] = [:]
    private let lock = NSLock()

    init(policy: BodyPolicy) {
        self.policy = policy
    }

    /// Whether the body of an object of `kind` (with `apiVersion`, when it came first) is built.
    func keepsBody(kind: String, apiVersion: String?) -> Bool {
        let key = Key(kind: kind, apiVersion: apiVersion)
        lock.lock()
        let known = kept[key]
        lock.unlock()
        if let known { return known }
        let answer = policy.keepsBody(kind: kind, apiVersion: apiVersion)
        lock.lock()
        kept[key] = answer
        lock.unlock()
        return answer
    }
}
