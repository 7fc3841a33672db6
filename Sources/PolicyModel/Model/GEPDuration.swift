/// A GEP-2257 duration: 1 to 4 components, each 1–5 decimal digits and a unit of `h`, `m`,
/// `s` or `ms` (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`), read as Go's `time.ParseDuration` reads it.
public struct GEPDuration: Sendable, Equatable {
    /// One component, as written.
    public struct Component: Sendable, Equatable {
        /// The number.
        public let value: Int
        /// The unit: `h`, `m`, `s` or `ms`.
        public let unit: String
    }

    /// The components in order.
    public let components: [Component]

    /// The total in milliseconds.
    public var milliseconds: Int64 {
        components.reduce(0) { total, component in
            let factor: Int64 = component.unit == "h" ? 3_600_000 : component.unit == "m" ? 60_000 : component.unit == "s" ? 1000 : 1
            return total + Int64(component.value) * factor
        }
    }

    /// The total in seconds, rounded down.
    public var seconds: Int64 { milliseconds / 1000 }

    /// True when units descend and none repeats, the canonical form GEP-2257 asks writers to use.
    public var isCanonical: Bool {
        let order = ["h", "m", "s", "ms"]
        let ranks = components.compactMap { order.firstIndex(of: $0.unit) }
        return zip(ranks, ranks.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// Parses `text`; `nil` when it is not a GEP-2257 duration.
    public static func parse(_ text: String) -> GEPDuration? {
        let bytes = Array(text.utf8)
        var index = 0
        var components: [Component] = []
        while index < bytes.count {
            var digits = 0
            var value = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                // A sixth digit already makes the text no duration (and a long run of them would overflow).
                guard digits < 5 else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                digits += 1
                index += 1
            }
            guard (1...5).contains(digits), index < bytes.count else { return nil }
            let unit: String
            switch bytes[index] {
            case UInt8(ascii: "h"): unit = "h"; index += 1
            case UInt8(ascii: "s"): unit = "s"; index += 1
            case UInt8(ascii: "m"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "s") {
                    unit = "ms"; index += 2
                } else {
                    unit = "m"; index += 1
                }
            default: return nil
            }
            components.append(Component(value: value, unit: unit))
            guard components.count <= 4 else { return nil }
        }
        return components.isEmpty ? nil : GEPDuration(components: components)
    }

    /// A human form of a number of seconds: `90s` → `1m30s`, `86400s` → `24h`.
    public static func describe(seconds: Int64) -> String {
        if seconds == 0 { return "0s" }
        var rest = seconds
        var text = ""
        let hours = rest / 3600
        rest %= 3600
        if hours > 0 { text += "\(hours)h" }
        if rest / 60 > 0 { text += "\(rest / 60)m" }
        if rest % 60 > 0 { text += "\(rest % 60)s" }
        return text
    }
}
