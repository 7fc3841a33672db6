/// A Service `name` with an `http` port 80, and one EndpointSlice of it whose endpoint has the
/// address `address` (written as given: quote it when it needs quoting) on port 8080.
public enum ServiceWithSlice {
    /// The two documents (ending with a line break, no separator after them).
    public static func yaml(name: String, address: String) -> String {
        """
        apiVersion: v1
        kind: Service
        metadata: {name: \(name)}
        spec:
          ports: [{name: http, port: 80}]
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: \(name)-1
          labels: {kubernetes.io/service-name: \(name)}
        addressType: IPv4
        ports: [{name: http, port: 8080}]
        endpoints: [{addresses: [\(address)]}]

        """
    }
}
