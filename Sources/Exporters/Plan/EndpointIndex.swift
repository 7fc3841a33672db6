import PolicyModel

/// Resolves a backendRef to endpoints: the addresses of the EndpointSlices in the inputs that
/// belong to the Service (label `kubernetes.io/service-name`), on the slice port whose name
/// equals the Service port's name, or the slice's only port; otherwise the Service's cluster
/// DNS name and port.
struct EndpointIndex {
    /// The EndpointSlices of each Service (in input order), by its namespace and name.
    private let slices: [Service: [KubeObject]]

    /// A Service's namespace and name.
    private struct Service: Hashable {
        let namespace: String
        let name: String
    }

    init(_ inventory: Inventory) {
        var slices: [Service: [KubeObject]] = [:]
        for object in inventory.effectiveKnownObjects where object.knownKind == .endpointSlice {
            guard case .endpointSlice(let spec) = object.spec, let service = spec.serviceName else { continue }
            slices[Service(namespace: object.metadata.effectiveNamespace, name: service), default: []].append(object)
        }
        self.slices = slices
    }

    func endpoints(for backend: BackendNode) -> [PlannedEndpoint] {
        guard let identity = backend.identity else { return [] }
        let port = backend.reference.port?.value ?? 80
        let portName = backend.service.flatMap { service -> String? in
            guard case .service(let spec) = service.spec else { return nil }
            return spec.ports.first { $0.port == port }?.name
        }
        var found: [PlannedEndpoint] = []
        for slice in slices[Service(namespace: identity.namespace, name: identity.name)] ?? [] {
            guard case .endpointSlice(let spec) = slice.spec else { continue }
            let slicePort: Int64?
            if let portName, let named = spec.ports.first(where: { $0.name == portName }) {
                slicePort = named.port
            } else if spec.ports.count == 1 {
                slicePort = spec.ports[0].port
            } else {
                slicePort = nil
            }
            guard let slicePort else { continue }
            for address in spec.addresses {
                let endpoint = PlannedEndpoint(host: address, port: slicePort, fromDNS: false)
                if !found.contains(endpoint) { found.append(endpoint) }
            }
        }
        if !found.isEmpty { return found }
        return [PlannedEndpoint(host: "\(identity.name).\(identity.namespace).svc.cluster.local", port: port, fromDNS: true)]
    }
}
