/// One run's analysis, built once and read by every command: load → decode and schema
/// check → object-level rules (what the API server refuses) → inventory and attachment
/// graph (precedence, effective settings, validity) → the remaining rules → the report.
/// `lint`, `explain`, `status` and `export` only consume it, so what explain shows is what
/// lint judged. `status` and `export` read the graph, which the remaining rules do not change,
/// and run only the rules whose findings they read (``AnalysisOptions/reportedRules``).
public struct Analysis: Sendable {
    /// The options it was built with.
    public let options: AnalysisOptions
    /// What the rules saw, with the graph.
    public let context: LintContext
    /// The findings.
    public let report: LintReport
    /// The report's diagnostics by object and by place, made when `explain` first asks (the
    /// other commands never do).
    private let index: LazyValue<DiagnosticIndex>

    private struct Place: Hashable {
        let id: String
        let location: SourceLocation
    }

    private struct DiagnosticIndex: Sendable {
        let byObject: [DiagnosticObject: [Diagnostic]]
        let byPlace: [Place: Diagnostic]

        init(_ report: LintReport) {
            byObject = Dictionary(grouping: report.diagnostics.filter { $0.object != nil }) { $0.object! }
            byPlace = Dictionary((report.diagnostics + report.suppressed).map { (Place(id: $0.id, location: $0.location), $0) },
                                 uniquingKeysWith: { first, _ in first })
        }
    }

    /// Analyses `files`, whose objects are `decoded` when the caller decoded them already
    /// (for `options`' generation and default namespace, with its kustomize patches).
    public init(files: [LoadedFile], decoded: DecodedFiles? = nil, options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
        let linter = Linter(settings: options.ruleSettings, honourSuppressions: options.honourSuppressions, selectors: options.suppressions)
        let objectContext = LintContext(files: files, generation: options.generation, implementation: options.implementation,
                                        options: options.lint, jobs: options.jobs, defaultNamespace: options.defaultNamespace,
                                        kustomizePatches: options.kustomizePatches, decoded: decoded)
        // The hashes of each object's identity, worked out on the workers; dropped once the
        // index is made (before the graph, which holds the most, is built).
        let objects = objectContext.objects
        let keys = Inventory.keys(of: objects, jobs: options.jobs)
        // The inventory does not depend on what the object-level rules find: it is built while they run.
        let (objectFindings, inventory) = OrderedParallel.both(jobs: options.jobs,
                                                               { linter.findings(objectContext, jobs: options.jobs) { $0.refusesObjects } },
                                                               {
            Inventory(objects, keys: keys, knownKindPositions: objectContext.knownKindPositions)
        })
        var refusals: [ObjectIdentifier: Rejection] = [:]
        for item in objectFindings.sorted(by: { ($0.finding.location, $0.rule.id) < ($1.finding.location, $1.rule.id) }) where item.finding.refuses {
            // The provisional SessionPersistencePolicy never shipped as a CRD: no API server
            // enforces its schema, so it is analysed as written.
            guard let object = item.finding.object, object.knownKind != .sessionPersistencePolicy,
                  refusals[ObjectIdentifier(object)] == nil else { continue }
            refusals[ObjectIdentifier(object)] = Rejection(rejector: .apiServer, ruleID: item.rule.id, location: item.finding.location,
                                                           reason: item.finding.message)
        }
        let context = objectContext.withGraph(refusals: refusals, jobs: options.jobs, indexed: inventory)
        self.context = context
        let reported = options.reportedRules
        let findings = linter.findings(context, jobs: options.jobs) { !$0.refusesObjects && (reported?.contains($0.id) ?? true) }
        let report = linter.report(objectFindings + findings, context: context, auditing: reported == nil)
        self.report = report
        index = LazyValue { DiagnosticIndex(report) }
    }

    /// The attachment graph.
    public var graph: AttachmentGraph { context.graph }

    /// The generation checked against.
    public var generation: Generation { options.generation }

    /// The reported diagnostics about `object`, in report order.
    public func diagnostics(about object: KubeObject) -> [Diagnostic] {
        index.value.byObject[DiagnosticObject(object)] ?? []
    }

    /// The diagnostic (reported or suppressed) that states `rejection`, when its rule is on.
    public func diagnostic(for rejection: Rejection) -> Diagnostic? {
        index.value.byPlace[Place(id: rejection.ruleID, location: rejection.location)]
    }
}
