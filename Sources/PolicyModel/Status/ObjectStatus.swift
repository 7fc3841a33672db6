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
        /// No status: the API server refuses the object, so it never exists.
        case refused(Rejection)
        /// No status: the selected controller does not read this kind; the text says so.
        case notRead(String)
    }

    /// The object.
    public let object: KubeObject
    /// Its status.
    public let layout: Layout
}
