import PolicyModel
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

    @Test("values, arrays made element by element (empty, one, several), members made last, escapes; any chunk size")
    func identical() {
        var made: [Int] = []
        let elements: [JSONValue] = [.object([("a", .int(1)), ("b", .array([.string("x\n\"y\u{2028}")]))]), .null, .array([]), .object([])]
        let stream = JSONObjectStream([
            ("version", .value(.int(2))),
            ("empty", .array(count: 0) { _ in .null }),
            ("one", .array(count: 1) { _ in .bool(true) }),
            ("items", .array(count: elements.count) { index in
                made.append(index)
                return elements[index]
            }),
            ("madeAfter", .later { .int(Int64(made.count)) }),
        ])
        let whole = JSONValue.object([
            ("version", .int(2)), ("empty", .array([])), ("one", .array([.bool(true)])), ("items", .array(elements)), ("madeAfter", .int(4)),
        ]).rendered()
        for chunkSize in [1, 7, 1 << 16] {
            made = []
            #expect(streamed(stream, chunkSize: chunkSize) == whole)
            #expect(made == [0, 1, 2, 3])
        }
        made = []
        #expect(stream.value().rendered() == whole)
        #expect(streamed(JSONObjectStream([]), chunkSize: 4) == JSONValue.object([]).rendered())
    }
}
