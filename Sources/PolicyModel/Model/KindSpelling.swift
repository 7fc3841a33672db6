/// Recognises misspelled Gateway API kinds and groups, so that `kind: HttpRoute` or
/// `apiVersion: gateway.networking.k8.io/v1` is reported with a did-you-mean instead of
/// passing unchecked.
public enum KindSpelling {
    /// Kinds of the Gateway API groups that sppctl does not model: never typos.
    public static let otherGatewayKinds: Set<String> = ListenerSetSpec.kinds.union([
        "GatewayClass", "TLSRoute", "TCPRoute", "UDPRoute", "BackendTLSPolicy", "XMesh", "BackendTrafficPolicy",
    ])

    /// The known kind (and its group) that `group`/`kind` most likely misspell; `nil` when
    /// they name a known kind exactly, a real kind sppctl does not model, or nothing close.
    public static func intended(group: String, kind: String) -> (kind: KnownKind, group: String)? {
        if KnownKind(group: group, kind: kind) != nil { return nil }
        let gatewayGroups = [APIGroup.gateway, APIGroup.gatewayExperimental]
        // The length difference bounds the distance: most groups (apps, batch …) are far off at once.
        let groupLength = group.unicodeScalars.count
        // The known groups and kinds are ASCII literals: their UTF-8 count is their length, at no cost.
        let nearGatewayGroup = gatewayGroups.contains { abs(groupLength - $0.utf8.count) <= 3 && EditDistance.between(group, $0) <= 3 }
        guard nearGatewayGroup || group == APIGroup.core else { return nil }
        if otherGatewayKinds.contains(kind) { return nil }
        if let exact = KnownKind(rawValue: kind) { return (exact, exact.group) }
        // A name more than two characters longer or shorter is more than two edits away.
        let length = kind.unicodeScalars.count
        let candidates = KnownKind.allCases.filter { candidate in
            guard abs(candidate.rawValue.utf8.count - length) <= 2 else { return false }
            if group == APIGroup.core { return candidate == .service }
            return APIGroup.isGatewayAPI(candidate.group) || candidate == .sessionPersistencePolicy
        }
        guard !candidates.isEmpty else { return nil }
        let lowered = kind.lowercased()
        let scored = candidates.map { candidate -> (KnownKind, Int) in
            let name = candidate.rawValue.lowercased()
            let distance = name == lowered ? 0 : abs(name.unicodeScalars.count - lowered.unicodeScalars.count) > 2 ? 3 : EditDistance.between(lowered, name)
            return (candidate, distance)
        }
        guard let best = scored.filter({ $0.1 <= 2 }).min(by: { ($0.1, $0.0.rawValue) < ($1.1, $1.0.rawValue) })?.0 else { return nil }
        // Each known kind has one group, so what was meant is that kind in its group.
        return (best, best.group)
    }
}
