/// The decoded spec of an object, by kind.
///
/// Indirect: each case's payload is boxed, so a Service does not carry the size of a route's spec.
public indirect enum ObjectSpec: Sendable {
    /// A Service.
    case service(ServiceSpec)
    /// An EndpointSlice.
    case endpointSlice(EndpointSliceSpec)
    /// A Gateway.
    case gateway(GatewaySpec)
    /// An HTTPRoute or GRPCRoute.
    case route(RouteSpec)
    /// A ListenerSet or XListenerSet.
    case listenerSet(ListenerSetSpec)
    /// A ReferenceGrant.
    case referenceGrant(ReferenceGrantSpec)
    /// The seed's SessionPersistencePolicy.
    case sessionPersistencePolicy(SeedPolicySpec)
    /// A BackendLBPolicy or XBackendTrafficPolicy.
    case backendPolicy(BackendPolicySpec)
    /// A kind sppctl does not model, a kind the generation does not serve, or no spec.
    case none
}
