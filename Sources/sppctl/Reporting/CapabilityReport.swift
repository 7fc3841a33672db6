import Exporters
import PolicyModel

/// `sppctl export --capabilities`: each target's capability table, the same one its notices
/// come from, as a table or JSON.
enum CapabilityReport {
    /// The table for `target` (all targets when `nil`).
    static func render(target: ExportTarget?, json: Bool) -> String {
        var rows: [(target: String, version: String, capability: String, support: Support)] = []
        for target in target.map({ [$0] }) ?? ExportTarget.allCases {
            let table = target.exporter.capabilities
            for version in target.versions {
                let options = ExportOptions(target: target, version: version)
                for capability in Capability.allCases {
                    rows.append((target.rawValue, version, capability.rawValue, table.support(capability, options)))
                }
            }
        }
        if json {
            return JSONValue.array(rows.map { row in
                .object([("target", .string(row.target)), ("version", .string(row.version)), ("capability", .string(row.capability)),
                         ("support", .string(row.support.name)), ("notice", .optional(row.support.notice?.rawValue)),
                         ("how", .string(row.support.text))])
            }).rendered()
        }
        let widths = [max(6, rows.map(\.target.count).max() ?? 0), max(7, rows.map(\.version.count).max() ?? 0),
                      max(10, rows.map(\.capability.count).max() ?? 0), 13]
        var text = "TARGET".padding(widths[0]) + "  " + "VERSION".padding(widths[1]) + "  " + "CAPABILITY".padding(widths[2]) + "  "
            + "SUPPORT".padding(widths[3]) + "  HOW\n"
        for row in rows {
            text += row.target.padding(widths[0]) + "  " + row.version.padding(widths[1]) + "  " + row.capability.padding(widths[2]) + "  "
                + row.support.name.padding(widths[3]) + "  " + row.support.text + "\n"
        }
        return text
    }
}
