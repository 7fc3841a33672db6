/// The status sppctl predicts for one object, in the shape of that kind's status.
public struct ObjectStatus: Sendable {
    /// How the status is laid out.
    public enum Layout: Sendable {
        /// `status.conditions` (the seed's SessionPersistencePolicy).
        case conditions([StatusCondition])
        /// `status.ancestors[]` (PolicyStatus of BackendLBPolicy and XBackendTrafficPolicy).
        case ancestors([(reference: ObjectIdentity, conditions: [StatusCondition])])
        /// `status.parents[]` (route status).
        case parents([(reference: RouteSpec.ParentReference?, conditions: [StatusCondition])])
    }

    /// The object.
    public let object: KubeObject
    /// Its status.
    public let layout: Layout
}
