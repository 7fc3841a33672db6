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
        walk.visitObject(node, schema: schema, owner: object.anchorLocation)
        return walk.violations
    }
}

private struct Walk {
    let object: KubeObject
    var violations: [SchemaViolation] = []
    /// The field path being visited, as components: rendered into a ``FieldPath`` only when a
    /// violation is reported (most fields have none).
    private var components: [Component] = []

    private enum Component {
        case name(String)
        case index(Int)
    }

    init(object: KubeObject) {
        self.object = object
    }

    private var path: FieldPath {
        components.reduce(FieldPath.root) { path, component in
            switch component {
            case .name(let name): return path.child(name)
            case .index(let index): return path.index(index)
            }
        }
    }

    mutating func report(_ problem: SchemaViolation.Problem, at location: SourceLocation, schema: SchemaNode? = nil) {
        violations.append(SchemaViolation(problem: problem, location: location, path: path, schema: schema, object: object))
    }

    /// Reports a problem with the field `name` of the mapping being visited.
    mutating func report(_ problem: SchemaViolation.Problem, at location: SourceLocation, field name: String, schema: SchemaNode? = nil) {
        components.append(.name(name))
        report(problem, at: location, schema: schema)
        components.removeLast()
    }

    mutating func wrongType(_ expected: String, _ node: Node, schema: SchemaNode) {
        report(.wrongType(expected: expected, found: node.typeName, written: node.scalar?.text), at: node.location, schema: schema)
    }

    mutating func visit(_ node: Node, schema: SchemaNode, owner: SourceLocation) {
        // A scalar's value is resolved once, here.
        let value = node.scalar?.value
        if case .null? = value { return }
        switch schema {
        case .opaque:
            return
        case .object(let objectSchema):
            guard node.isMapping else { return wrongType("mapping", node, schema: schema) }
            visitObject(node, schema: objectSchema, owner: owner)
        case .array(let itemSchema):
            guard let items = node.items else { return wrongType("list", node, schema: schema) }
            for (index, item) in items.enumerated() {
                components.append(.index(index))
                visit(item, schema: itemSchema, owner: item.location)
                components.removeLast()
            }
        case .stringMap:
            guard let entries = node.entries else { return wrongType("mapping", node, schema: schema) }
            for entry in entries where entry.value.string == nil {
                report(.wrongType(expected: "string", found: entry.value.typeName, written: entry.value.scalar?.text), at: entry.value.location,
                       field: entry.keyText ?? "?", schema: .anyString)
            }
        case .string(let facets):
            guard case .string(let text)? = value else { return wrongType("string", node, schema: schema) }
            checkString(text, facets: facets, node: node, schema: schema)
        case .integer(let facets):
            switch value {
            case .int(let number)?:
                if let minimum = facets.minimum, number < minimum {
                    report(.constraint(rangeMessage(number, facets)), at: node.location, schema: schema)
                } else if let maximum = facets.maximum, number > maximum {
                    report(.constraint(rangeMessage(number, facets)), at: node.location, schema: schema)
                }
            case .bigInt(let text)?:
                report(.constraint("\(text) does not fit in a 64-bit integer"), at: node.location, schema: schema)
            default:
                wrongType("integer", node, schema: schema)
            }
        case .boolean:
            guard case .bool? = value else { return wrongType("boolean", node, schema: schema) }
        }
    }

    mutating func visitObject(_ node: Node, schema: ObjectSchema, owner: SourceLocation) {
        node.forEachEntry { key, value in
            guard let name = key.scalarText else { return }
            if let fieldSchema = schema.field(name) {
                components.append(.name(name))
                visit(value, schema: fieldSchema, owner: key.location)
                components.removeLast()
            } else if !schema.isOpen {
                report(.unknownField(name: name, parent: schema), at: key.location, field: name)
            }
        }
        for name in schema.required where node[name] == nil || node[name]!.isNull {
            report(.missingField(name: name), at: owner, field: name)
        }
    }

    mutating func checkString(_ text: String, facets: StringFacets, node: Node, schema: SchemaNode) {
        if let allowed = facets.enumValues, !allowed.contains(text) {
            report(.notInEnum(value: text, allowed: allowed), at: node.location, schema: schema)
            return
        }
        // A string has at most as many Unicode scalars as UTF-8 bytes, and at least a quarter
        // as many: they are counted only when that range does not settle the length limits.
        let bytes = text.utf8.count
        let settled = (facets.minLength.map { (bytes + 3) / 4 >= $0 } ?? true) && (facets.maxLength.map { bytes <= $0 } ?? true)
        let length = settled ? nil : text.unicodeScalars.count
        if let minimum = facets.minLength, let length, length < minimum {
            report(.constraint(minimum == 1 ? "must not be empty" : "must be at least \(minimum) characters long"),
                   at: node.location, schema: schema)
        } else if let maximum = facets.maxLength, let length, length > maximum {
            report(.constraint("is \(length) characters long; at most \(maximum) are allowed"), at: node.location, schema: schema)
        } else if let pattern = facets.pattern, PatternMatcher.matches(text, pattern: pattern) == false {
            report(.constraint("does not match the pattern \(pattern)"), at: node.location, schema: schema)
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
