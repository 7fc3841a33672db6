/// Why no configuration was written.
public enum ExportError: Error, Sendable, Equatable {
    /// A value from a manifest cannot be written safely in the target's grammar; the notice
    /// that says which is among the export's notices.
    case unsafeValue
    /// The options do not fit the target (an unknown version or format).
    case badOptions(String)
}
