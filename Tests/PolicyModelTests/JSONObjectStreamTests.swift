import PolicyModel
import Synchronization
import Testing

@Suite("A streamed JSON object is written byte for byte as the whole value renders")
struct JSONObjectStreamTests {
    private func streamed(_ stream: JSONObjectStream, chunkSize: Int) -> String {
        var bytes: [UInt8] = []
        var chunks = 0
        var writer = ChunkedWriter(chunkSize: chunkSize) { chunk in
            bytes += chunk
            chunks += 1
        }
        stream.write(to: &writer)
        #expect(chunks >= 1)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The indexes elements were made for, in the order they were made.
    private final class MadeLog: Sendable {
        private let indexes = Mutex<[Int]>([])
        func record(_ index: Int) { indexes.withLock { $0.append(index) } }
        func take() -> [Int] { indexes.withLock { log in defer { log = [] }; return log } }
    }

    @Test("values, arrays made element by element (empty, one, several), members made last, escapes; any chunk size")
    func identical() {
        let made = MadeLog()
        let elements: [JSONValue] = [.object([("a", .int(1)), ("b", .array([.string("x\n\"y\u{2028}")]))]), .null, .array([]), .object([])]
        let stream = JSONObjectStream([
            ("version", .value(.int(2))),
            ("empty", .array(count: 0) { _ in .null }),
            ("one", .array(count: 1) { _ in .bool(true) }),
            ("items", .array(count: elements.count) { index in
                made.record(index)
                return elements[index]
            }),
            ("madeAfter", .later { .int(Int64(made.take().count)) }),
        ])
        let whole = JSONValue.object([
            ("version", .int(2)), ("empty", .array([])), ("one", .array([.bool(true)])), ("items", .array(elements)), ("madeAfter", .int(4)),
        ]).rendered()
        for chunkSize in [1, 7, 1 << 16] {
            #expect(streamed(stream, chunkSize: chunkSize) == whole)
        }
        #expect(stream.value().rendered() == whole)
        #expect(streamed(JSONObjectStream([]), chunkSize: 4) == JSONValue.object([]).rendered())
    }

    @Test("elements made on several workers, in batches, are written in order: the bytes do not depend on the number of workers")
    func parallel() {
        let made = MadeLog()
        let elements = (0..<1000).map { index in
            JSONValue.object([("index", .int(Int64(index))), ("name", .string("e\(index)")), ("nested", .array(index % 3 == 0 ? [] : [.null, .bool(true)]))])
        }
        let whole = JSONValue.object([("items", .array(elements)), ("after", .null)]).rendered()
        for jobs in [1, 2, 3, 8] {
            let stream = JSONObjectStream([
                ("items", .array(count: elements.count) { index in
                    made.record(index)
                    return elements[index]
                }),
                ("after", .value(.null)),
            ], jobs: jobs)
            #expect(streamed(stream, chunkSize: 1 << 10) == whole, "jobs \(jobs)")
            let log = made.take()
            #expect(log.sorted() == Array(0..<1000), "each element made once, jobs \(jobs)")
            if jobs == 1 { #expect(log == Array(0..<1000), "one worker makes them in order") }
        }
    }
}
