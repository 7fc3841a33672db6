/// The safety limits of the loader: what keeps a hostile input from exhausting memory,
/// the stack or time.
public struct LoadLimits: Sendable, Equatable {
    /// The largest file read, in bytes (default 128 MiB: `kubectl get … -A -o yaml` of a
    /// 100,000-object cluster is about 60 MB); a larger one gets SPP001 without being read.
    public var maxFileBytes: Int
    /// The deepest nesting of mappings and sequences.
    public var maxDepth: Int
    /// How many nodes alias expansion may add to one file in all (against alias bombs).
    public var maxAliasNodes: Int

    /// Creates limits.
    public init(maxFileBytes: Int = 128 << 20, maxDepth: Int = 256, maxAliasNodes: Int = 100_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasNodes = maxAliasNodes
    }

    /// The limits sppctl uses unless told otherwise.
    public static let standard = LoadLimits()
}
