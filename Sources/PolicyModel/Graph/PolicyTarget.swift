/// One target of a policy, resolved against the inventory.
public struct PolicyTarget: Sendable {
    /// What is wrong with the target, when something is.
    public enum Problem: Sendable, Equatable {
        /// The kind cannot be targeted by this policy; the text says why.
        case unsupportedKind(String)
        /// The target is in another namespace than the policy.
        case crossNamespace(String)
        /// `sectionName` names no rule or port; the text lists what there is.
        case sectionNotFound(String)
    }

    /// The reference as written.
    public let reference: PolicyTargetReference
    /// The identity it names (namespace defaulted to the policy's).
    public let identity: ObjectIdentity
    /// `sectionName`, when set (seed policy only).
    public let sectionName: String?
    /// The object, when it is in the inputs.
    public let resolved: KubeObject?
    /// What is wrong, if anything.
    public let problem: Problem?

    /// True when the target can take the policy: no problem with it.
    public var isValid: Bool { problem == nil }
}
