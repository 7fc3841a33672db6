/// Turns Gateway API backend weights (per backendRef, each split over its endpoints) into the
/// per-endpoint integer weights a dataplane takes, within its range.
public enum WeightScaler {
    /// Per-endpoint weights for backends given as (weight, endpoint count), each at most
    /// `maximum`; a positive weight never becomes 0. `exact` is false when rounding changed
    /// the proportions.
    public static func scale(_ backends: [(weight: Int64, endpoints: Int)], maximum: Int64) -> (weights: [Int64], exact: Bool) {
        // Give every endpoint of a backend the same share: multiply by the product of the
        // other backends' endpoint counts (bounded), then reduce and clamp.
        let counts = backends.map { Int64(max($0.endpoints, 1)) }
        var common: Int64 = 1
        for count in counts where common % count != 0 {
            common = common * count / gcd(common, count)
            if common > 10_000 { common = 10_000; break }
        }
        var raw = zip(backends, counts).map { backend, count -> Double in Double(backend.weight) * Double(common) / Double(count) }
        var exact = zip(backends, counts).allSatisfy { backend, count in (backend.weight * common) % count == 0 }
        let largest = raw.max() ?? 0
        if largest > Double(maximum) {
            raw = raw.map { $0 * Double(maximum) / largest }
        }
        let weights = zip(raw, backends).map { value, backend -> Int64 in
            backend.weight == 0 ? 0 : max(1, Int64(value.rounded()))
        }
        for (value, weight) in zip(raw, weights) where Double(weight) != value { exact = false }
        let divisor = weights.filter { $0 > 0 }.reduce(Int64(0)) { gcd($0, $1) }
        return (divisor > 1 ? weights.map { $0 / divisor } : weights, exact)
    }

    private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
