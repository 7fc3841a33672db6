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
        var walk = Walk(object: object, tree: node.tree)
        walk.visitObject(node.index, schema: schema, owner: object.anchorLocation)
        return walk.violations
    }
}

/// The walk over one object's records: nodes are record indexes into its tree (no ``Node``
/// is made, so visiting a field costs no reference counting).
private struct Walk {
    let object: KubeObject
    let tree: NodeTree
    var violations: [SchemaViolation] = []
    /// The field path being visited, as components: rendered into a ``FieldPath`` only when a
    /// violation is reported (most fields have none).
    private var components: [Component] = []

    private enum Component {
        case name(String)
        /// A field named by the key at this record (its text is made only for a report).
        case key(Int)
        case index(Int)
    }

    init(object: KubeObject, tree: NodeTree) {
        self.object = object
        self.tree = tree
    }

    private var path: FieldPath {
        components.reduce(FieldPath.root) { path, component in
            switch component {
            case .name(let name): return path.child(name)
            case .key(let key): return path.child(tree.string(at: key))
            case .index(let index): return path.index(index)
            }
        }
    }

    /// The name of the field being visited, when the path ends in one.
    private var fieldName: String? {
        switch components.last {
        case .name(let name)?: return name
        case .key(let key)?: return tree.string(at: key)
        default: return nil
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

    mutating func wrongType(_ expected: String, _ node: Int, schema: SchemaNode) {
        report(.wrongType(expected: expected, found: tree.typeName(at: node), written: tree.scalar(at: node)), at: tree.location(at: node),
               schema: schema)
    }

    mutating func visit(_ node: Int, schema: SchemaNode, owner: SourceLocation) {
        // A scalar is resolved once, here, from its bytes: most checks need only its type, and
        // its text is made only for the string facets that read it.
        let value = tree.resolution(at: node)
        if value == .null { return }
        let record = tree.records[node]
        switch schema {
        case .opaque:
            return
        case .object(let objectSchema):
            guard record.kind == .mapping else { return wrongType("mapping", node, schema: schema) }
            visitObject(node, schema: objectSchema, owner: owner)
        case .array(let itemSchema, let facets):
            guard record.kind == .sequence else { return wrongType("list", node, schema: schema) }
            let tree = tree
            // The items are kept only for a list with CEL rules (a route's rules and parentRefs, a Gateway's listeners).
            let keepItems = !facets.validations.isEmpty || !facets.mapKeys.isEmpty
            var count = 0
            var items: [Int] = []
            tree.records.withUnsafeBufferPointer { records in
                NodeTree.forEachItem(ofSequence: node, in: records) { item in
                    components.append(.index(count))
                    visit(item, schema: itemSchema, owner: tree.location(at: item))
                    components.removeLast()
                    count += 1
                    if keepItems { items.append(item) }
                }
            }
            checkList(node, count: count, items: items, facets: facets, schema: schema)
        case .stringMap:
            guard record.kind == .mapping else { return wrongType("mapping", node, schema: schema) }
            forEachEntry(of: node) { walk, key, value in
                guard walk.tree.resolution(at: value) == .string else {
                    let keyText = walk.tree.records[key].kind == .scalar ? walk.tree.string(at: key) : "?"
                    walk.report(.wrongType(expected: "string", found: walk.tree.typeName(at: value), written: walk.tree.scalar(at: value)),
                                at: walk.tree.location(at: value), field: keyText, schema: .anyString)
                    return
                }
            }
        case .string(let facets):
            guard value == .string else { return wrongType("string", node, schema: schema) }
            if facets.constrainsText { checkString(tree.string(at: node), facets: facets, node: node, schema: schema) }
        case .integer(let facets):
            switch value {
            case .int(let number)?:
                if let minimum = facets.minimum, number < minimum {
                    report(.constraint(rangeMessage(number, facets)), at: tree.location(at: node), schema: schema)
                } else if let maximum = facets.maximum, number > maximum {
                    report(.constraint(rangeMessage(number, facets)), at: tree.location(at: node), schema: schema)
                }
            case .bigInt?:
                report(.constraint("\(tree.string(at: node)) does not fit in a 64-bit integer"), at: tree.location(at: node), schema: schema)
            default:
                wrongType("integer", node, schema: schema)
            }
        case .boolean:
            guard case .bool? = value else { return wrongType("boolean", node, schema: schema) }
        }
    }

    mutating func visitObject(_ node: Int, schema: ObjectSchema, owner: SourceLocation) {
        forEachEntry(of: node) { walk, key, value in
            guard walk.tree.records[key].kind == .scalar else { return }
            if let fieldSchema = schema.field(namedBy: key, in: walk.tree) {
                walk.components.append(.key(key))
                walk.visit(value, schema: fieldSchema, owner: walk.tree.location(at: key))
                walk.components.removeLast()
            } else if !schema.isOpen {
                let name = walk.tree.string(at: key)
                walk.report(.unknownField(name: name, parent: schema), at: walk.tree.location(at: key), field: name)
            }
        }
        for name in schema.required {
            guard let value = tree.lastEntry(ofMapping: node, key: name)?.value, tree.resolution(at: value) != .null else {
                report(.missingField(name: name), at: owner, field: name)
                continue
            }
        }
        guard !schema.validations.isEmpty else { return }
        CELRuleEvaluator(tree: tree).breaches(of: schema.validations, object: node).forEach { report($0) }
    }

    /// Reports a broken CEL rule at its node, with the path from the list or object that holds
    /// the rule to that node.
    mutating func report(_ breach: CELRuleEvaluator.Breach) {
        let depth = components.count
        if let item = breach.item { components.append(.index(item)) }
        components += breach.fields.map(Component.name)
        if let index = breach.fieldIndex { components.append(.index(index)) }
        report(.celRule(message: breach.validation.message, detail: breach.detail), at: tree.location(at: breach.node))
        components.removeLast(components.count - depth)
    }

    /// Calls `body` with this walk and the records of each key and value of mapping `node`.
    private mutating func forEachEntry(of node: Int, _ body: (inout Walk, _ key: Int, _ value: Int) -> Void) {
        let tree = tree
        tree.records.withUnsafeBufferPointer { records in
            NodeTree.forEachEntry(ofMapping: node, in: records) { key, value in body(&self, key, value) }
        }
    }

    /// The list's item `count` and the CEL rules on it as a whole (`items` holds its items when it has any).
    mutating func checkList(_ node: Int, count: Int, items: [Int], facets: ArrayFacets, schema: SchemaNode) {
        if let maximum = facets.maxItems, count > maximum {
            // At the first item too many: where the list must be cut (the next route, the next policy).
            var firstTooMany = node
            var index = 0
            tree.records.withUnsafeBufferPointer { records in
                NodeTree.forEachItem(ofSequence: node, in: records) { item in
                    if index == maximum { firstTooMany = item }
                    index += 1
                }
            }
            report(.constraint("has \(count) items; at most \(maximum) are allowed (item \(maximum) is the first too many)"),
                   at: tree.location(at: firstTooMany), schema: schema)
        } else if let minimum = facets.minItems, count < minimum {
            report(.constraint(minimum == 1 ? "must not be empty" : "must have at least \(minimum) items"), at: tree.location(at: node), schema: schema)
        }
        // A list-map keyed by name whose CEL rule also wants unique names (a Gateway's listeners): the rule's message says it.
        let namesChecked = facets.mapKeys == ["name"] && facets.validations.contains { $0.check == .uniqueItemNames }
        if !facets.mapKeys.isEmpty, !namesChecked, items.count > 1 {
            let keys = facets.mapKeys.count == 1 ? facets.mapKeys[0]
                : facets.mapKeys.dropLast().joined(separator: ", ") + " and " + facets.mapKeys[facets.mapKeys.count - 1]
            for duplicate in CELRuleEvaluator(tree: tree).duplicates(of: facets.mapKeys, items: items) {
                components.append(.index(duplicate.item))
                report(.constraint("item \(duplicate.item) repeats item \(duplicate.earlier) (the same \(keys)): a duplicate value"),
                       at: tree.location(at: items[duplicate.item]), schema: schema)
                components.removeLast()
            }
        }
        guard !facets.validations.isEmpty, let name = fieldName else { return }
        CELRuleEvaluator(tree: tree).breaches(of: facets.validations, list: node, named: name, items: items).forEach { report($0) }
    }

    mutating func checkString(_ text: String, facets: StringFacets, node: Int, schema: SchemaNode) {
        if let allowed = facets.enumValues, !allowed.contains(text) {
            report(.notInEnum(value: text, allowed: allowed), at: tree.location(at: node), schema: schema)
            return
        }
        // A string has at most as many Unicode scalars as UTF-8 bytes, and at least a quarter
        // as many: they are counted only when that range does not settle the length limits.
        let bytes = text.utf8.count
        let settled = (facets.minLength.map { (bytes + 3) / 4 >= $0 } ?? true) && (facets.maxLength.map { bytes <= $0 } ?? true)
        let length = settled ? nil : text.unicodeScalars.count
        if let minimum = facets.minLength, let length, length < minimum {
            report(.constraint(minimum == 1 ? "must not be empty" : "must be at least \(minimum) characters long"),
                   at: tree.location(at: node), schema: schema)
        } else if let maximum = facets.maxLength, let length, length > maximum {
            report(.constraint("is \(length) characters long; at most \(maximum) are allowed"), at: tree.location(at: node), schema: schema)
        } else if let pattern = facets.pattern, PatternMatcher.matches(text, pattern: pattern) == false {
            report(.constraint("does not match the pattern \(pattern)"), at: tree.location(at: node), schema: schema)
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
