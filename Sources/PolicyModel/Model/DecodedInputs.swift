/// What decoding found in some documents: the objects, the documents that are not objects,
/// and every structural violation of the objects (checked while their nodes were at hand).
public struct DecodedInputs: Sendable {
    /// The objects, in file and document order.
    public internal(set) var objects: [KubeObject] = []
    /// The documents that are not objects.
    public internal(set) var nonObjects: [NonObjectDocument] = []
    /// Every structural violation of every object, object by object.
    public internal(set) var schemaViolations: [SchemaViolation] = []
    /// The objects whose envelope may be wrong (``KubeObject/mayHaveEnvelopeProblem``), in order.
    public internal(set) var envelopeSuspects: [KubeObject] = []

    /// Every session-persistence configuration with the object that holds it: route rules'
    /// inline settings and backend policies', in order.
    public internal(set) var sessionPersistenceConfigs: [(config: SessionPersistenceConfig, object: KubeObject)] = []
    /// Every seed SessionPersistencePolicy with its spec, in order.
    public internal(set) var seedPolicies: [(spec: SeedPolicySpec, object: KubeObject)] = []
    /// The positions in ``objects`` of the objects of a kind sppctl models (``KubeObject/knownKind``):
    /// the graph and the exporters look into these only.
    public internal(set) var knownKindPositions: [Int] = []
    /// The files that kustomizations name as patches, in order.
    public internal(set) var kustomizePatches: [KustomizePatch] = []

    /// Nothing decoded.
    public init() {}

    /// Adds a decoded object, noting its session-persistence settings while it is at hand (so
    /// that nothing has to go over every object again to find them).
    mutating func add(_ object: KubeObject) {
        if object.knownKind != nil { knownKindPositions.append(objects.count) }
        objects.append(object)
        switch object.spec {
        case .route(let route):
            for rule in route.rules { if let config = rule.sessionPersistence { sessionPersistenceConfigs.append((config, object)) } }
        case .backendPolicy(let policy):
            if let config = policy.sessionPersistence { sessionPersistenceConfigs.append((config, object)) }
        case .sessionPersistencePolicy(let spec):
            seedPolicies.append((spec, object))
        default: break
        }
    }

    /// What was decoded from the files other than those at `paths` (paths as locations name
    /// their files), in the same order.
    func removing(files paths: Set<String>) -> DecodedInputs {
        var kept = DecodedInputs()
        // ``add(_:)`` notes the kept objects' settings and kinds again, as decoding did.
        for object in objects where !paths.contains(object.location.file) { kept.add(object) }
        kept.nonObjects = nonObjects.filter { !paths.contains($0.location.file) }
        kept.schemaViolations = schemaViolations.filter { !paths.contains($0.object.location.file) }
        kept.envelopeSuspects = envelopeSuspects.filter { !paths.contains($0.location.file) }
        kept.kustomizePatches = kustomizePatches.filter { !paths.contains($0.kustomization) }
        return kept
    }

    /// Appends what `other` decoded (later documents).
    public mutating func append(_ other: DecodedInputs) {
        // Taken whole when nothing came before (one file's part): no copy of its arrays.
        if objects.isEmpty && nonObjects.isEmpty && schemaViolations.isEmpty && kustomizePatches.isEmpty {
            self = other
            return
        }
        nonObjects += other.nonObjects
        schemaViolations += other.schemaViolations
        envelopeSuspects += other.envelopeSuspects
        sessionPersistenceConfigs += other.sessionPersistenceConfigs
        seedPolicies += other.seedPolicies
        // Moved by the objects before them, in place (a mapped copy was an array per file of a fleet).
        let offset = objects.count
        for position in other.knownKindPositions { knownKindPositions.append(position + offset) }
        kustomizePatches += other.kustomizePatches
        objects += other.objects
    }
}
