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

    @Flag(help: "Report findings suppressed by sppctl.io/ignore annotations too.")
    var noSuppressions = false

    func validate() throws {
        if let implementation, ImplementationProfile(rawValue: implementation) == nil {
            throw ValidationError("unknown --implementation '\(implementation)'; use one of \(ImplementationProfile.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let longSession, GEPDuration.parse(longSession) == nil {
            throw ValidationError("--long-session must be a GEP-2257 duration such as 24h")
        }
    }
}
