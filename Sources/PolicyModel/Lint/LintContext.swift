/// Everything the rules look at: the loaded files, the decoded objects and their schema
/// violations, and the attachment graph, for one generation and implementation. Built only
/// by ``Analysis``; every rule reads it.
public struct LintContext: Sendable {
    /// The generation checked against.
    public let generation: Generation
    /// The implementation whose behaviour the graph describes.
    public let implementation: ImplementationProfile
    /// Rule settings.
    public let options: LintOptions
    /// The loaded files, in report order.
    public let files: [LoadedFile]
    /// The decoded objects.
    public let objects: [KubeObject]
    /// The documents that are not objects.
    public let nonObjects: [NonObjectDocument]
    /// The files that a kustomization in the inputs names as patches (not analysed), each with
    /// where its first object is, in file order.
    public let kustomizePatches: [(patch: KustomizePatch, location: SourceLocation)]
    /// The objects whose envelope may be wrong (``KubeObject/mayHaveEnvelopeProblem``), in input
    /// order: the envelope rules look at these instead of going over every object.
    public let envelopeSuspects: [KubeObject]
    /// Every structural violation of every object.
    public let schemaViolations: [SchemaViolation]
    /// Every session-persistence configuration in the inputs with the object that holds it:
    /// route rules' inline settings and backend policies'.
    public let sessionPersistenceConfigs: [(config: SessionPersistenceConfig, object: KubeObject)]
    /// Every seed SessionPersistencePolicy with its spec.
    public let seedPolicies: [(spec: SeedPolicySpec, object: KubeObject)]
    /// The positions of the objects of a known kind in ``objects``, for indexing them; left out
    /// once the graph is built (the graph's inventory holds the index).
    let knownKindPositions: [Int]
    /// The attachment graph: precedence, conflicts, effective settings and validity. Empty
    /// while the object-level rules run (``RuleDescription/refusesObjects``).
    public let graph: AttachmentGraph
    /// The chart templates that rendered the files' documents, for the notes of findings and
    /// export notices in `helm template` output.
    public let helmNotes: HelmTemplateNotes
    private let violatedPaths: Set<ViolationKey>

    private struct ViolationKey: Hashable {
        let object: ObjectIdentifier
        let path: String
    }

    /// Decodes and schema-checks `files` for `generation` (or takes `decoded`, made from them
    /// for that generation and `defaultNamespace`), leaving out the files that a kustomization
    /// among them, or in `kustomizePatches`, names as patches; the graph is left empty.
    init(files: [LoadedFile], generation: Generation, implementation: ImplementationProfile, options: LintOptions, jobs: Int = 1,
         defaultNamespace: String = "default", kustomizePatches named: [KustomizePatch] = [], decoded given: DecodedFiles? = nil) {
        self.generation = generation
        self.implementation = implementation
        self.options = options
        self.files = files
        helmNotes = HelmTemplateNotes(files)
        // A decoder (its schema tables) is made only when the files are decoded here.
        let merged = given ?? DecodedFiles(files: files, decoder: ObjectDecoder(generation: generation, defaultNamespace: defaultNamespace),
                                           jobs: jobs, kustomizePatches: named)
        precondition(merged.settings == ObjectDecoder.Settings(generation: generation, defaultNamespace: defaultNamespace),
                     "the inputs were decoded for another generation or namespace")
        let decoded = merged.inputs
        kustomizePatches = merged.kustomizePatches
        objects = decoded.objects
        nonObjects = decoded.nonObjects
        envelopeSuspects = decoded.envelopeSuspects
        schemaViolations = decoded.schemaViolations
        violatedPaths = Set(schemaViolations.map { ViolationKey(object: ObjectIdentifier($0.object), path: $0.path.description) })
        sessionPersistenceConfigs = decoded.sessionPersistenceConfigs
        seedPolicies = decoded.seedPolicies
        knownKindPositions = decoded.knownKindPositions
        graph = AttachmentGraph(objects: [], generation: generation, implementation: implementation)
    }

    private init(_ other: LintContext, graph: AttachmentGraph) {
        generation = other.generation
        implementation = other.implementation
        options = other.options
        files = other.files
        helmNotes = other.helmNotes
        objects = other.objects
        nonObjects = other.nonObjects
        kustomizePatches = other.kustomizePatches
        envelopeSuspects = other.envelopeSuspects
        schemaViolations = other.schemaViolations
        violatedPaths = other.violatedPaths
        sessionPersistenceConfigs = other.sessionPersistenceConfigs
        seedPolicies = other.seedPolicies
        knownKindPositions = []
        self.graph = graph
    }

    /// The same inputs with the graph built, leaving out what `refusals` refuses; `indexed` is
    /// the objects' inventory when it was built already.
    func withGraph(refusals: [ObjectIdentifier: Rejection], jobs: Int = 1, indexed: Inventory? = nil) -> LintContext {
        LintContext(self, graph: AttachmentGraph(objects: objects, generation: generation, implementation: implementation, refusals: refusals,
                                                 jobs: jobs, indexed: indexed))
    }

    /// True when the schema check found a problem with the field at `path` of `object`
    /// (a wrong type, say), so that rules about its value stay quiet instead of cascading.
    public func hasViolation(at path: FieldPath, of object: KubeObject) -> Bool {
        violatedPaths.contains(ViolationKey(object: ObjectIdentifier(object), path: path.description))
    }
}
