/// Patterns and constrained string shapes shared by the Gateway API CRDs, verbatim.
public enum SchemaPatterns {
    /// GEP-2257 Duration.
    public static let duration = "^([0-9]{1,5}(h|m|s|ms)){1,4}$"
    /// Group (empty means the core group).
    public static let group = "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
    /// Kind.
    public static let kind = "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"
    /// Namespace (RFC 1123 label).
    public static let namespace = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
    /// SectionName and listener/rule names (RFC 1123 subdomain).
    public static let sectionName = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
    /// Hostname, with an optional leading wildcard label.
    public static let hostname = "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
    /// HeaderName and, on main, CookieName (RFC 7230 token characters).
    public static let token = "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"

    /// A GEP-2257 Duration field.
    public static let durationField = SchemaNode.string(StringFacets(pattern: duration))
    /// A Group field, with its default.
    public static func groupField(default value: String? = nil) -> SchemaNode {
        .string(StringFacets(pattern: group, maxLength: 253, defaultValue: value))
    }
    /// A Kind field, with its default.
    public static func kindField(default value: String? = nil) -> SchemaNode {
        .string(StringFacets(pattern: kind, minLength: 1, maxLength: 63, defaultValue: value))
    }
    /// An ObjectName field.
    public static let nameField = SchemaNode.string(StringFacets(minLength: 1, maxLength: 253))
    /// A Namespace field.
    public static let namespaceField = SchemaNode.string(StringFacets(pattern: namespace, minLength: 1, maxLength: 63))
    /// A SectionName field.
    public static let sectionNameField = SchemaNode.string(StringFacets(pattern: sectionName, minLength: 1, maxLength: 253))
    /// A PortNumber field.
    public static let portField = SchemaNode.integer(IntegerFacets(minimum: 1, maximum: 65535))
}
