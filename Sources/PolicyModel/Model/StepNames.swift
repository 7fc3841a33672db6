/// The field names a compact ``FieldPath`` can hold: the fields the decoder reads and the rules
/// name, and the other fields of the kinds sppctl checks that findings commonly point at. A
/// path through any other name keeps its text instead (it works the same, only larger).
enum StepNames {
    /// The names, each numbered by its position plus one (at most 127 of them: a step is a byte
    /// whose high bit marks a list index).
    static let all: [String] = [
        "apiVersion", "kind", "metadata", "spec", "status",
        "name", "generateName", "namespace", "creationTimestamp", "annotations", "labels",
        "group", "sectionName", "port", "weight", "targetRef", "targetRefs", "parentRef", "parentRefs",
        "rules", "backendRefs", "matches", "filters", "hostnames", "path", "value", "headers", "method",
        "sessionPersistence", "sessionName", "absoluteTimeout", "idleTimeout", "type", "cookie", "cookieConfig",
        "lifetimeType", "header", "absoluteTimeoutSeconds", "idleTimeoutSeconds",
        "listeners", "protocol", "hostname", "allowedRoutes", "namespaces", "kinds", "from", "selector", "tls",
        "to", "ports", "sessionAffinity", "sessionAffinityConfig", "clientIP", "timeoutSeconds",
        "endpoints", "addresses", "conditions", "timeouts", "request", "backendRequest",
    ]

    /// Each name's number.
    static let numbers: [String: UInt8] = {
        precondition(all.count < 0x80 && Set(all).count == all.count, "up to 127 distinct names")
        return Dictionary(uniqueKeysWithValues: all.enumerated().map { ($0.element, UInt8($0.offset + 1)) })
    }()
}
