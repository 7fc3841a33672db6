/// How NGINX Gateway Fabric writes a Gateway API duration as an nginx time
/// (internal/controller/nginx/config/validation/common.go): a value of one unit with 1–4
/// digits is kept as written; anything else is rounded up to the first unit (s, m, h) whose
/// count fits in 4 digits (`1h30m` → `5400s`, `10000s` → `167m`); beyond 9999h there is none.
public enum GatewayFabricDuration {
    /// The nginx time for `written` (`seconds` long), or `nil` when it exceeds 9999h.
    public static func format(_ written: String, seconds: Int64) -> String? {
        let units = ["ms", "h", "m", "s"]
        if let unit = units.first(where: { written.hasSuffix($0) }) {
            let digits = written.dropLast(unit.count)
            if (1...4).contains(digits.count), digits.allSatisfy(\.isNumber) { return written }
        }
        for (unit, size) in [("s", Int64(1)), ("m", 60), ("h", 3600)] {
            let count = (seconds + size - 1) / size
            if count <= 9999 { return "\(count)\(unit)" }
        }
        return nil
    }
}
