import ArgumentParser
import PolicyModel

/// The options that shape the analysis, shared by every command that reads manifests.
struct AnalysisFlags: ParsableArguments {
    @Option(help: ArgumentHelp("The controller to describe: gep (GEP-1619 as written, the default), envoy-gateway or nginx-gateway-fabric.",
                               valueName: "name"),
            completion: .list(ImplementationProfile.allCases.map(\.rawValue)))
    var implementation: String?

    @Option(help: ArgumentHelp("SPP110's threshold for long sessions (default 24h).", valueName: "duration"))
    var longSession: String?

    @Flag(help: "Report findings suppressed by sppctl.io/ignore annotations or configured suppressions too, marked as such.")
    var noSuppressions = false

    @Option(help: ArgumentHelp("Turn a rule on at its default severity, even when .sppctl.yaml turns it off (repeatable).", valueName: "SPPnnn"),
            completion: .list(RuleCatalogue.descriptions.map(\.id)))
    var enable: [String] = []

    @Option(help: ArgumentHelp("Turn a rule off (repeatable).", valueName: "SPPnnn"), completion: .list(RuleCatalogue.descriptions.map(\.id)))
    var disable: [String] = []

    @Option(help: ArgumentHelp("The namespace of objects that name none (default: default), as kubectl's --namespace.", valueName: "namespace"))
    var namespace: String?

    func validate() throws {
        if let implementation, ImplementationProfile(rawValue: implementation) == nil {
            throw ValidationError("unknown --implementation '\(implementation)'; use one of \(ImplementationProfile.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for id in enable + disable where RuleCatalogue.description(for: id) == nil {
            let close = RuleCatalogue.closeMatches(to: id).prefix(3).map(\.id)
            throw ValidationError("unknown rule '\(id)'" + (close.isEmpty ? "; run 'sppctl rules' for the list" : "; did you mean \(close.joined(separator: ", "))?"))
        }
        if let namespace, namespace.isEmpty || namespace.count > 63
            || !namespace.unicodeScalars.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }) {
            throw ValidationError("--namespace must be a Kubernetes namespace name (lower-case letters, digits and '-')")
        }
        if let longSession, GEPDuration.parse(longSession) == nil {
            throw ValidationError("--long-session must be a GEP-2257 duration such as 24h")
        }
    }
}
