/// The CEL rules upstream attaches to a Gateway's listeners as a whole, with their exact
/// messages and rule texts (cross-checked against the CRDs).
public enum ListenerListRules {
    /// The rules on `listeners` in `generation` (v1.5 added the one that TLS listeners need a mode).
    public static func rules(generation: Generation) -> [CELValidation] {
        var rules = [
            CELValidation(
                message: "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']",
                rule: "self.all(l, l.protocol in ['HTTP', 'TCP', 'UDP'] ? !has(l.tls) : true)",
                check: .listenerFieldForbidden(field: "tls", protocols: ["HTTP", "TCP", "UDP"])),
            CELValidation(
                message: "tls mode must be Terminate for protocol HTTPS",
                rule: "self.all(l, (l.protocol == 'HTTPS' && has(l.tls)) ? (l.tls.mode == '' || l.tls.mode == 'Terminate') : true)",
                check: .listenerTerminatesTLS(protocol: "HTTPS")),
        ]
        if generation >= .v1_5 {
            rules.append(CELValidation(
                message: "tls mode must be set for protocol TLS",
                rule: "self.all(l, (l.protocol == 'TLS' ? has(l.tls) && has(l.tls.mode) && l.tls.mode != '' : true))",
                check: .listenerNeedsTLSMode(protocol: "TLS")))
        }
        rules += [
            CELValidation(
                message: "hostname must not be specified for protocols ['TCP', 'UDP']",
                rule: "self.all(l, l.protocol in ['TCP', 'UDP']  ? (!has(l.hostname) || l.hostname == '') : true)",
                check: .listenerFieldForbidden(field: "hostname", protocols: ["TCP", "UDP"])),
            CELValidation(
                message: "Listener name must be unique within the Gateway",
                rule: "self.all(l1, self.exists_one(l2, l1.name == l2.name))",
                check: .uniqueItemNames),
            CELValidation(
                message: "Combination of port, protocol and hostname must be unique for each listener",
                rule: "self.all(l1, self.exists_one(l2, l1.port == l2.port && l1.protocol == l2.protocol && (has(l1.hostname) && has(l2.hostname) "
                    + "? l1.hostname == l2.hostname : !has(l1.hostname) && !has(l2.hostname))))",
                check: .uniqueListenerAddresses),
        ]
        return rules
    }
}
