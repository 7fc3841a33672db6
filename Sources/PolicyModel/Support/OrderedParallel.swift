import Dispatch
import Synchronization

/// Runs work over `0..<count` in `jobs` contiguous slices at once and concatenates the
/// slices' results in order, so the output never depends on the number of workers.
public enum OrderedParallel {
    /// `body` applied to each slice of `0..<count`, results in index order.
    public static func map<Result: Sendable>(count: Int, jobs: Int, _ body: @Sendable (Range<Int>) -> [Result]) -> [Result] {
        let workers = max(1, min(jobs, count))
        guard workers > 1 else { return count == 0 ? [] : body(0..<count) }
        let slices = (0..<workers).map { worker in (count * worker / workers)..<(count * (worker + 1) / workers) }
        let slots = Slots<[Result]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            slots.set(worker, body(slices[worker]))
        }
        // Gathered into storage of the exact size: a growing array would leave its doubling behind.
        let parts = slots.values.map { $0 ?? [] }
        var results: [Result] = []
        results.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { results += part }
        return results
    }
}

extension OrderedParallel {
    /// `body` applied to each index of `0..<count` by up to `jobs` workers that take the next
    /// index as they finish one (for work items of very different cost), results in index order.
    public static func each<Result: Sendable>(count: Int, jobs: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let workers = max(1, min(jobs, count))
        guard workers > 1 else { return (0..<count).map(body) }
        let slots = Slots<Result>(count: count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: count) { slots.set(index, body(index)) }
        }
        return slots.values.map { $0! }
    }
}

extension OrderedParallel {
    /// `first()` and `second()`, at the same time when `jobs` allows (work that does not depend
    /// on each other, so that the shorter one does not wait for the longer one).
    public static func both<First: Sendable, Second: Sendable>(jobs: Int, _ first: @Sendable () -> First,
                                                               _ second: @Sendable () -> Second) -> (First, Second) {
        guard jobs > 1 else { return (first(), second()) }
        let firsts = Slots<First>(count: 1)
        let seconds = Slots<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { firsts.set(0, first()) } else { seconds.set(0, second()) }
        }
        return (firsts.values[0]!, seconds.values[0]!)
    }
}

/// The next index to hand out, shared by the workers of ``OrderedParallel/each(count:jobs:_:)``.
private final class Counter: Sendable {
    private let value = Mutex(0)

    func take(below limit: Int) -> Int? {
        value.withLock { value in
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}

/// Result slots written by concurrent workers, each index once, read after all finished.
final class Slots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) {
        storage = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ value: Value) {
        storage.withLock { $0[index] = value }
    }

    var values: [Value?] {
        storage.withLock { $0 }
    }
}
