/// Whether the traffic of one (route rule, backend) exists and carries the persistence the
/// analysis shows.
public enum EntryValidity: Sendable {
    /// The traffic flows; its persistence (or its absence) is what the entry shows.
    case applied
    /// The route or the backend is rejected: this traffic does not exist (no listener serves
    /// it, or every request to the backend fails). Each rejection names its finding.
    case rejected([Rejection])
    /// The traffic flows, but the persistence configured for it is not applied; the text
    /// says why (the selected implementation ignores it).
    case notApplied(String)

    /// `applied`, `rejected` or `not-applied`.
    public var name: String {
        switch self {
        case .applied: return "applied"
        case .rejected: return "rejected"
        case .notApplied: return "not-applied"
        }
    }

    /// The rejections, when rejected.
    public var rejections: [Rejection] {
        if case .rejected(let rejections) = self { return rejections }
        return []
    }

    /// True when rejected.
    public var isRejected: Bool {
        if case .rejected = self { return true }
        return false
    }
}
