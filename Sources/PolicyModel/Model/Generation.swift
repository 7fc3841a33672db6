/// A Gateway API release whose session-persistence API sppctl checks against
/// (`--gateway-api`). Each generation knows its exact fields, constraints and CEL rules.
public enum Generation: String, CaseIterable, Sendable, Comparable {
    /// v1.1.0, with the buggy CEL rule of upstream issue #3214.
    case v1_1_0 = "v1.1.0"
    /// v1.1.1 and later patch releases of v1.1.
    case v1_1 = "v1.1"
    /// v1.2.x: BackendLBPolicy, route rule names.
    case v1_2 = "v1.2"
    /// v1.3.x: XBackendTrafficPolicy replaces BackendLBPolicy. The reference holds no v1.3
    /// CRDs; its session-persistence schema equals v1.4.1's, and sppctl uses v1.4.1's tables
    /// for the rest of the kinds too (not cross-checked).
    case v1_3 = "v1.3"
    /// v1.4.x.
    case v1_4 = "v1.4"
    /// v1.5.x: `cookieConfig` only with type Cookie.
    case v1_5 = "v1.5"
    /// v1.6.x: `idleTimeout` removed.
    case v1_6 = "v1.6"
    /// The unreleased `main` branch: `cookie`/`header` replace `sessionName`/`cookieConfig`.
    case main

    /// The generation used when none is selected: the newest release.
    public static let `default` = Generation.v1_6

    /// Accepts the flag spellings: `v1.1.0`, `v1.1` … `v1.6`, `main`, with or without `v`,
    /// and full patch versions such as `v1.6.1`.
    public init?(flag: String) {
        var text = flag.lowercased()
        if !text.hasPrefix("v"), text != "main" { text = "v" + text }
        if let exact = Generation(rawValue: text) {
            self = exact
            return
        }
        let parts = text.split(separator: ".")
        guard parts.count == 3, Int(parts[2]) != nil, let minor = Generation(rawValue: parts[0...1].joined(separator: ".")) else {
            return nil
        }
        self = minor
    }

    /// The 0-based release order.
    public var order: Int { Generation.allCases.firstIndex(of: self)! }

    /// Orders by release.
    public static func < (lhs: Generation, rhs: Generation) -> Bool { lhs.order < rhs.order }

    /// Names a set of generations compactly for messages: "v1.1.0–v1.5", "main", "v1.1.0–v1.2 and main".
    public static func describe(_ generations: [Generation]) -> String {
        let sorted = generations.sorted()
        var runs: [[Generation]] = []
        for generation in sorted {
            if let last = runs.last?.last, last.order + 1 == generation.order {
                runs[runs.count - 1].append(generation)
            } else {
                runs.append([generation])
            }
        }
        let names = runs.map { run in
            run.count == 1 ? run[0].rawValue : "\(run.first!.rawValue)–\(run.last!.rawValue)"
        }
        if names.count <= 1 { return names.first ?? "no generation" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
