/// Manifests shared by several test suites.
public enum Fixtures {
    /// An HTTPRoute whose only finding is SPP101 at 8:24 (`absoluteTimeout: 1d`).
    public static let invalidDurationRoute = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
        spec:
          rules:
          - sessionPersistence:
              absoluteTimeout: 1d

        """
}
