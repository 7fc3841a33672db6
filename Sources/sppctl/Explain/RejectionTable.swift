import PolicyModel

/// Every distinct refusal and rejection an explanation shows, in the order the document first
/// shows them (routes, their parents and backends, then policies), so that the document writes each once
/// and refers to it by its index. Every backend of a refused route is rejected for the same
/// reason: written out per backend, a route of many rules repeated the same message per rule.
struct RejectionTable: Sendable {
    /// The distinct rejections, in order of first use.
    let values: [Rejection]
    private let indexes: [Rejection: Int]

    /// The table of what `selection` shows.
    init(_ selection: ExplainSelection) {
        var values: [Rejection] = []
        var indexes: [Rejection: Int] = [:]
        func note(_ rejection: Rejection?) {
            guard let rejection, indexes[rejection] == nil else { return }
            indexes[rejection] = values.count
            values.append(rejection)
        }
        for route in selection.routes {
            note(selection.graph.refusal(of: route.object))
            route.parents.forEach { note($0.acceptance.refusal) }
            for rule in route.rules {
                for entry in selection.entries(of: route, rule: rule) { entry.validity.rejections.forEach(note) }
            }
        }
        for policy in selection.policies { note(policy.acceptance.refusal) }
        self.values = values
        self.indexes = indexes
    }

    /// The index of `rejection` in ``values``, or null for none.
    func reference(_ rejection: Rejection?) -> JSONValue {
        guard let rejection, let index = indexes[rejection] else { return .null }
        return .int(Int64(index))
    }
}
