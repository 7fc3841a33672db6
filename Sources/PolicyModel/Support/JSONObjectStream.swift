/// A JSON object written member by member, for documents too large to hold as one
/// ``JSONValue``: an array member's elements are made one at a time as they are written, and
/// a member can be made only when its turn comes (after the members before it were written).
/// The bytes are those ``JSONValue/rendered()`` gives for the same object.
public struct JSONObjectStream {
    /// One member's value.
    public enum Member {
        /// A value made beforehand.
        case value(JSONValue)
        /// An array of `count` elements, each made by `element` when it is written (on up to
        /// ``JSONObjectStream/jobs`` workers, a batch at a time).
        case array(count: Int, element: @Sendable (Int) -> JSONValue)
        /// A value made when its turn comes.
        case later(() -> JSONValue)
    }

    /// The members, in order.
    public let members: [(String, Member)]
    /// How many workers make and render array elements.
    public let jobs: Int

    /// An object of `members`, whose array elements are made and rendered on up to `jobs`
    /// workers (the bytes do not depend on `jobs`).
    public init(_ members: [(String, Member)], jobs: Int = 1) {
        self.members = members
        self.jobs = max(1, jobs)
    }

    /// Elements rendered per worker before they are written: enough to keep the workers busy,
    /// few enough that a batch stays small beside the document.
    private static let elementsPerWorker = 64

    /// The whole object as one value (for formats that are not streamed).
    public func value() -> JSONValue {
        .object(members.map { name, member in
            switch member {
            case .value(let value): return (name, value)
            case .array(let count, let element): return (name, .array((0..<count).map(element)))
            case .later(let make): return (name, make())
            }
        })
    }

    /// Writes the object and a final newline to `writer`, and flushes it.
    public func write(to writer: inout ChunkedWriter) {
        JSONValue.writeObject(count: members.count, key: { members[$0].0 }, indent: 0, into: &writer) { index, writer in
            switch members[index].1 {
            case .value(let value): value.write(into: &writer, indent: 2)
            case .later(let make): make().write(into: &writer, indent: 2)
            case .array(let count, let element) where jobs == 1 || count < 2:
                JSONValue.writeArray(count: count, indent: 2, into: &writer) { item, writer in
                    element(item).write(into: &writer, indent: 4)
                }
            case .array(let count, let element):
                // Elements are made and rendered in batches on the workers, then written in order.
                var rendered = OrderedBatches(count: count, jobs: jobs, perWorker: Self.elementsPerWorker) { item in
                    var bytes: [UInt8] = []
                    element(item).write(into: &bytes, indent: 4)
                    return bytes
                }
                JSONValue.writeArray(count: count, indent: 2, into: &writer) { _, writer in
                    writer.append(contentsOf: rendered.next()!)
                }
            }
        }
        writer.append(UInt8(ascii: "\n"))
        writer.flush()
    }
}
