/// An HTTPRoute of a large generated input: `route-<index>` in `team-<index / 100>`, with a
/// note of `noteLength` characters, one rule and its session persistence, whose absolute
/// timeout is the invalid `1d` for every 97th route (so findings are spread through the input).
public enum FleetRoute {
    /// The route as a YAML document (ending with a line break).
    public static func yaml(_ index: Int, noteLength: Int) -> String {
        let timeout = index % 97 == 0 ? "1d" : "\(index % 12 + 1)h"
        return """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: route-\(index)
              namespace: team-\(index / 100)
              annotations: {owner: team-\(index / 100), note: "\(String(repeating: "x", count: noteLength))"}
            spec:
              rules:
              - backendRefs: [{name: svc-\(index), port: 80}]
                sessionPersistence: {sessionName: s-\(index), absoluteTimeout: \(timeout)}

            """
    }

    /// The route as an item of a List: its lines indented under `- `.
    public static func listItem(_ index: Int, noteLength: Int) -> String {
        yaml(index, noteLength: noteLength).split(separator: "\n").enumerated()
            .map { $0.offset == 0 ? "- \($0.element)\n" : "  \($0.element)\n" }.joined()
    }
}
