/// Walks an object's nodes against its kind's schema and collects every structural problem:
/// unknown fields, wrong types, missing required fields, enum and constraint violations.
public struct SchemaChecker: Sendable {
    /// The generation whose schema applies.
    public let generation: Generation
    private let schemas: [KnownKind: ObjectSchema]

    /// Creates a checker, building each kind's schema once.
    public init(generation: Generation) {
        self.generation = generation
        schemas = Dictionary(uniqueKeysWithValues: KnownKind.allCases.map { ($0, KindSchema.object($0, generation: generation)) })
    }

    /// The violations of `object`, whose mapping is `node`; none for kinds sppctl does not model.
    public func check(_ object: KubeObject, node: Node) -> [SchemaViolation] {
        guard let kind = object.knownKind, let schema = schemas[kind] else { return [] }
        var walk = Walk(object: object)
        walk.visitObject(node, schema: schema, path: .root, owner: object.anchorLocation)
        return walk.violations
    }
}

private struct Walk {
    let object: KubeObject
    var violations: [SchemaViolation] = []

    init(object: KubeObject) {
        self.object = object
    }

    mutating func report(_ problem: SchemaViolation.Problem, at location: SourceLocation, path: FieldPath, schema: SchemaNode? = nil) {
        violations.append(SchemaViolation(problem: problem, location: location, path: path, schema: schema, object: object))
    }

    mutating func visit(_ node: Node, schema: SchemaNode, path: FieldPath, owner: SourceLocation) {
        if node.isNull { return }
        switch schema {
        case .opaque:
            return
        case .object(let objectSchema):
            guard node.entries != nil else {
                report(.wrongType(expected: "mapping", found: node.typeName, written: node.scalar?.text), at: node.location, path: path, schema: schema)
                return
            }
            visitObject(node, schema: objectSchema, path: path, owner: owner)
        case .array(let itemSchema):
            guard let items = node.items else {
                report(.wrongType(expected: "list", found: node.typeName, written: node.scalar?.text), at: node.location, path: path, schema: schema)
                return
            }
            for (index, item) in items.enumerated() {
                visit(item, schema: itemSchema, path: path.index(index), owner: item.location)
            }
        case .stringMap:
            guard let entries = node.entries else {
                report(.wrongType(expected: "mapping", found: node.typeName, written: node.scalar?.text), at: node.location, path: path, schema: schema)
                return
            }
            for entry in entries where entry.value.string == nil {
                let name = entry.keyText ?? "?"
                report(.wrongType(expected: "string", found: entry.value.typeName, written: entry.value.scalar?.text), at: entry.value.location,
                       path: path.child(name), schema: .anyString)
            }
        case .string(let facets):
            guard let text = node.string else {
                report(.wrongType(expected: "string", found: node.typeName, written: node.scalar?.text), at: node.location, path: path,
                       schema: schema)
                return
            }
            checkString(text, facets: facets, node: node, path: path, schema: schema)
        case .integer(let facets):
            switch node.value {
            case .int(let value)?:
                if let minimum = facets.minimum, value < minimum {
                    report(.constraint(rangeMessage(value, facets)), at: node.location, path: path, schema: schema)
                } else if let maximum = facets.maximum, value > maximum {
                    report(.constraint(rangeMessage(value, facets)), at: node.location, path: path, schema: schema)
                }
            case .bigInt(let text)?:
                report(.constraint("\(text) does not fit in a 64-bit integer"), at: node.location, path: path, schema: schema)
            default:
                report(.wrongType(expected: "integer", found: node.typeName, written: node.scalar?.text), at: node.location, path: path, schema: schema)
            }
        case .boolean:
            guard case .bool? = node.value else {
                report(.wrongType(expected: "boolean", found: node.typeName, written: node.scalar?.text), at: node.location, path: path, schema: schema)
                return
            }
        }
    }

    mutating func visitObject(_ node: Node, schema: ObjectSchema, path: FieldPath, owner: SourceLocation) {
        let entries = node.entries ?? []
        for entry in entries {
            guard let name = entry.keyText else { continue }
            if let fieldSchema = schema.field(name) {
                visit(entry.value, schema: fieldSchema, path: path.child(name), owner: entry.key.location)
            } else if !schema.isOpen {
                report(.unknownField(name: name, parent: schema), at: entry.key.location, path: path.child(name))
            }
        }
        for name in schema.required where node[name] == nil || node[name]!.isNull {
            report(.missingField(name: name), at: owner, path: path.child(name))
        }
    }

    mutating func checkString(_ text: String, facets: StringFacets, node: Node, path: FieldPath, schema: SchemaNode) {
        if let allowed = facets.enumValues, !allowed.contains(text) {
            report(.notInEnum(value: text, allowed: allowed), at: node.location, path: path, schema: schema)
            return
        }
        let length = text.unicodeScalars.count
        if let minimum = facets.minLength, length < minimum {
            report(.constraint(minimum == 1 ? "must not be empty" : "must be at least \(minimum) characters long"),
                   at: node.location, path: path, schema: schema)
        } else if let maximum = facets.maxLength, length > maximum {
            report(.constraint("is \(length) characters long; at most \(maximum) are allowed"), at: node.location, path: path, schema: schema)
        } else if let pattern = facets.pattern, PatternMatcher.matches(text, pattern: pattern) == false {
            report(.constraint("does not match the pattern \(pattern)"), at: node.location, path: path, schema: schema)
        }
    }

    func rangeMessage(_ value: Int64, _ facets: IntegerFacets) -> String {
        switch (facets.minimum, facets.maximum) {
        case let (minimum?, maximum?): return "\(value) is outside \(minimum)…\(maximum)"
        case let (minimum?, nil): return "\(value) is below the minimum \(minimum)"
        case let (nil, maximum?): return "\(value) is above the maximum \(maximum)"
        default: return "\(value) is out of range"
        }
    }
}
