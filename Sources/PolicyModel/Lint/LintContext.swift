/// Everything the rules look at: the loaded files, the decoded objects and their schema
/// violations, for one generation. Built once; every rule reads it.
public struct LintContext: Sendable {
    /// The generation checked against.
    public let generation: Generation
    /// Rule settings.
    public let options: LintOptions
    /// The loaded files, in report order.
    public let files: [LoadedFile]
    /// The decoded objects.
    public let objects: [KubeObject]
    /// The documents that are not objects.
    public let nonObjects: [NonObjectDocument]
    /// Every structural violation of every object.
    public let schemaViolations: [SchemaViolation]
    /// Every session-persistence configuration in the inputs with the object that holds it:
    /// route rules' inline settings and backend policies'.
    public let sessionPersistenceConfigs: [(config: SessionPersistenceConfig, object: KubeObject)]
    /// Every seed SessionPersistencePolicy with its spec.
    public let seedPolicies: [(spec: SeedPolicySpec, object: KubeObject)]
    /// The attachment graph: precedence, conflicts and effective settings.
    public let graph: AttachmentGraph

    /// Decodes and schema-checks `files` for `generation`.
    public init(files: [LoadedFile], generation: Generation, options: LintOptions = LintOptions()) {
        self.generation = generation
        self.options = options
        self.files = files
        let decoded = ObjectDecoder(generation: generation).decode(files)
        objects = decoded.objects
        nonObjects = decoded.nonObjects
        let checker = SchemaChecker(generation: generation)
        schemaViolations = decoded.objects.flatMap { checker.check($0) }
        sessionPersistenceConfigs = decoded.objects.flatMap { object -> [(config: SessionPersistenceConfig, object: KubeObject)] in
            switch object.spec {
            case .route(let route): return route.rules.compactMap { rule in rule.sessionPersistence.map { ($0, object) } }
            case .backendPolicy(let policy): return policy.sessionPersistence.map { [($0, object)] } ?? []
            default: return []
            }
        }
        seedPolicies = decoded.objects.compactMap { object in
            if case .sessionPersistencePolicy(let spec) = object.spec { return (spec, object) }
            return nil
        }
        graph = AttachmentGraph(objects: decoded.objects, generation: generation)
    }
}
