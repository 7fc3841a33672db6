/// One condition as a controller writes it (`metav1.Condition` without timestamps).
public struct StatusCondition: Sendable, Equatable {
    /// `Accepted`.
    public let type: String
    /// `"True"` or `"False"`.
    public let status: String
    /// The reason constant.
    public let reason: String
    /// The message.
    public let message: String

    /// Creates a condition.
    public init(type: String, status: String, reason: String, message: String) {
        self.type = type
        self.status = status
        self.reason = reason
        self.message = message
    }
}
