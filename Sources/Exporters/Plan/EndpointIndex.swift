import PolicyModel

/// Resolves a backendRef to endpoints: the addresses of the EndpointSlices in the inputs that
/// belong to the Service (label `kubernetes.io/service-name`), on the slice port whose name
/// equals the Service port's name, or the slice's only port; otherwise the Service's cluster
/// DNS name and port.
struct EndpointIndex {
    private let slices: [String: [(spec: EndpointSliceSpec, object: KubeObject)]]

    init(_ inventory: Inventory) {
        var slices: [String: [(spec: EndpointSliceSpec, object: KubeObject)]] = [:]
        for object in inventory.effectiveKnownObjects {
            guard case .endpointSlice(let spec) = object.spec, let service = spec.serviceName else { continue }
            slices["\(object.metadata.effectiveNamespace)/\(service)", default: []].append((spec, object))
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
        for slice in slices["\(identity.namespace)/\(identity.name)"] ?? [] {
            let slicePort: Int64?
            if let portName, let named = slice.spec.ports.first(where: { $0.name == portName }) {
                slicePort = named.port
            } else if slice.spec.ports.count == 1 {
                slicePort = slice.spec.ports[0].port
            } else {
                slicePort = nil
            }
            guard let slicePort else { continue }
            for address in slice.spec.addresses {
                let endpoint = PlannedEndpoint(host: address, port: slicePort, fromDNS: false)
                if !found.contains(endpoint) { found.append(endpoint) }
            }
        }
        if !found.isEmpty { return found }
        return [PlannedEndpoint(host: "\(identity.name).\(identity.namespace).svc.cluster.local", port: port, fromDNS: true)]
    }
}
