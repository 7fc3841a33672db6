/// The results of `make` for `0..<count`, in order, made on up to `jobs` workers a batch at a
/// time (`perWorker` each): the workers share the work while only one batch is held, so a
/// document of many elements is rendered in parallel without being kept whole.
public struct OrderedBatches<Element: Sendable>: IteratorProtocol {
    private let count: Int
    private let jobs: Int
    private let perWorker: Int
    private let make: @Sendable (Int) -> Element
    private var batch: [Element] = []
    private var batchStart = 0
    private var position = 0

    /// The results of `make(0)`, `make(1)`, … `make(count - 1)`.
    public init(count: Int, jobs: Int, perWorker: Int, _ make: @escaping @Sendable (Int) -> Element) {
        self.count = count
        self.jobs = max(1, jobs)
        self.perWorker = max(1, perWorker)
        self.make = make
    }

    /// The next result, made with the rest of its batch when the batch before is used up.
    public mutating func next() -> Element? {
        guard position < count else { return nil }
        if position >= batchStart + batch.count {
            let start = position
            let make = make
            batchStart = start
            batch = OrderedParallel.map(count: min(perWorker * jobs, count - start), jobs: jobs) { range in
                range.map { make(start + $0) }
            }
        }
        defer { position += 1 }
        return batch[position - batchStart]
    }
}
