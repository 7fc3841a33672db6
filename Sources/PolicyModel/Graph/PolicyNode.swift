/// A policy that carries session persistence (the seed's SessionPersistencePolicy, a
/// BackendLBPolicy or an XBackendTrafficPolicy), its targets and whether it is accepted.
/// Immutable; a class so that every entry it applies to shares it.
public final class PolicyNode: Sendable {
    /// Which family of policy.
    public enum Family: Sendable, Equatable {
        /// The provisional SessionPersistencePolicy: targets a Service, a route or a rule.
        case seed
        /// BackendLBPolicy or XBackendTrafficPolicy: targets backends only.
        case backend
    }

    /// The policy object.
    public let object: KubeObject
    /// Its family.
    public let family: Family
    /// Its settings; `nil` when it carries no `sessionPersistence`.
    public let settings: PersistenceSettings?
    /// Its targets.
    public let targets: [PolicyTarget]
    /// Whether a controller would accept it.
    public let acceptance: PolicyAcceptance

    /// Creates a policy node.
    public init(object: KubeObject, family: Family, settings: PersistenceSettings?, targets: [PolicyTarget], acceptance: PolicyAcceptance) {
        self.object = object
        self.family = family
        self.settings = settings
        self.targets = targets
        self.acceptance = acceptance
    }

    /// The same policy with another acceptance.
    func with(_ acceptance: PolicyAcceptance) -> PolicyNode {
        PolicyNode(object: object, family: family, settings: settings, targets: targets, acceptance: acceptance)
    }

    /// `Kind namespace/name`.
    public var label: String { object.label }
}
