/// A ReferenceGrant's spec.
public struct ReferenceGrantSpec: Sendable {
    /// A `from` entry.
    public struct From: Sendable {
        /// `group`.
        public let group: String
        /// `kind`.
        public let kind: String
        /// `namespace`.
        public let namespace: String
    }

    /// A `to` entry.
    public struct To: Sendable {
        /// `group`.
        public let group: String
        /// `kind`.
        public let kind: String
        /// `name`, when the grant names one object.
        public let name: String?
    }

    /// `from`.
    public let from: [From]
    /// `to`.
    public let to: [To]
}
