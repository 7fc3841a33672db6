/// Evaluates the CEL rules upstream attaches to a list as a whole or to an object (the list
/// and object forms of ``CELValidation/Check``; the session-persistence forms have rules of
/// their own) while the nodes are at hand: each broken rule gives the node at fault and a
/// detail (for a list, the item it clashes with).
struct CELRuleEvaluator {
    /// One broken rule.
    struct Breach {
        /// The rule.
        let validation: CELValidation
        /// The node to point at: the offending item's field, or the list.
        let node: Int
        /// The index of the offending item; nil when the list as a whole breaks the rule.
        let item: Int?
        /// The path from the offending item to ``node``, when that is one of its fields.
        var fields: [String] = []
        /// The index of ``node`` in the list the last of ``fields`` names, when it is one of its items.
        var fieldIndex: Int?
        /// What the offending item clashes with, in a few words.
        let detail: String
    }

    let tree: NodeTree

    /// The breaches of `validations` by the sequence `list`, the field `name`, whose items are `items`.
    func breaches(of validations: [CELValidation], list: Int, named name: String, items: [Int]) -> [Breach] {
        var breaches: [Breach] = []
        for validation in validations {
            // A rule about pairs of items: one item breaks none.
            if items.count < 2, Self.isAboutPairs(validation.check) { continue }
            switch validation.check {
            case .uniqueItemNames:
                let itemName = { (item: Int) -> (node: Int, text: String)? in
                    guard let node = self.field("name", of: item), case .string(let text)? = self.tree.scalar(at: node)?.value else { return nil }
                    return (node, text)
                }
                for repeated in repeats(of: items, key: { itemName($0)?.text }) {
                    guard let repeatedName = itemName(items[repeated.item]) else { continue }
                    breaches.append(Breach(validation: validation, node: repeatedName.node, item: repeated.item, fields: ["name"],
                                           detail: "\(name)[\(repeated.earlier)] is named \"\(repeatedName.text)\" too"))
                }
            case .matchesAtMost(let limit, let rules, let absentMatches):
                let total = items.prefix(rules).reduce(0) { total, item in
                    guard let matches = field("matches", of: item), tree.resolution(at: matches) != .null else { return total + absentMatches }
                    return total + count(of: matches)
                }
                if total > limit {
                    let counted = items.count > rules ? "its first \(rules) rules have \(total) matches" : "the rules have \(total) matches in all"
                    breaches.append(Breach(validation: validation, node: list, item: nil, detail: counted))
                }
            case .parentSectionOrPortSpecified:
                // Every pair agrees on which of the two is set exactly when each agrees with the parent's first reference.
                var first: [[String]: (index: Int, sectionName: Bool, port: Bool)] = [:]
                for (index, reference) in items.map(parentReference).enumerated() {
                    let set = (sectionName: reference.sectionName != nil, port: reference.port != nil)
                    guard let earlier = first[reference.parent] else {
                        first[reference.parent] = (index, set.sectionName, set.port)
                        continue
                    }
                    guard earlier.sectionName != set.sectionName || earlier.port != set.port else { continue }
                    breaches.append(Breach(validation: validation, node: items[index], item: index,
                                           detail: "\(name)[\(earlier.index)] refers to the same parent"))
                }
            case .parentSectionOrPortUnique:
                let references = repeats(of: items) { item -> [String?] in
                    let reference = parentReference(item)
                    return reference.parent + [reference.sectionName, reference.port]
                }
                for repeated in references {
                    breaches.append(Breach(validation: validation, node: items[repeated.item], item: repeated.item,
                                           detail: "\(name)[\(repeated.earlier)] refers to the same parent, with the same sectionName and port"))
                }
            case .listenerFieldForbidden(let forbidden, let protocols):
                for (index, item) in items.enumerated() {
                    guard let value = field(forbidden, of: item), let text = text(of: item, "protocol"), protocols.contains(text),
                          tree.resolution(at: value) != .null, !(forbidden == "hostname" && self.text(of: item, "hostname") == "") else { continue }
                    breaches.append(Breach(validation: validation, node: value, item: index, fields: [forbidden], detail: "\(name)[\(index)] is \(text)"))
                }
            case .listenerTerminatesTLS(let expected):
                for (index, item) in items.enumerated() where text(of: item, "protocol") == expected {
                    guard let tls = field("tls", of: item), let mode = field("mode", of: tls), let written = tree.scalar(at: mode),
                          case .string(let text) = written.value, !["", "Terminate"].contains(text) else { continue }
                    breaches.append(Breach(validation: validation, node: mode, item: index, fields: ["tls", "mode"], detail: "\(name)[\(index)] has mode \(text)"))
                }
            case .listenerNeedsTLSMode(let expected):
                for (index, item) in items.enumerated() where text(of: item, "protocol") == expected {
                    // An absent mode defaults to Terminate; only no tls at all, or an empty mode, breaks the rule.
                    let tls = field("tls", of: item).flatMap { tree.resolution(at: $0) == .null ? nil : $0 }
                    guard tls == nil || tls.flatMap({ self.text(of: $0, "mode") }) == "" else { continue }
                    breaches.append(Breach(validation: validation, node: item, item: index, detail: "\(name)[\(index)] is \(expected) without a TLS mode"))
                }
            case .uniqueListenerAddresses:
                for duplicate in duplicates(of: ["port", "protocol", "hostname"], items: items) {
                    breaches.append(Breach(validation: validation, node: items[duplicate.item], item: duplicate.item,
                                           detail: "\(name)[\(duplicate.earlier)] has the same port, protocol and hostname"))
                }
            default:
                // Object rules, and the session-persistence rules (which rules of their own evaluate).
                continue
            }
        }
        return breaches
    }

    /// The items of a list-map that repeat an earlier item's values of `keys`, each with that
    /// earlier item's index.
    func duplicates(of keys: [String], items: [Int]) -> [(item: Int, earlier: Int)] {
        repeats(of: items) { item in keys.map { text(of: item, $0) } }
    }

    /// The positions in `items` whose `key` repeats an earlier item's, each with the position of
    /// the first item that has it; an item whose key is nil repeats none.
    private func repeats<Key: Hashable>(of items: [Int], key: (Int) -> Key?) -> [(item: Int, earlier: Int)] {
        var first: [Key: Int] = [:]
        var found: [(item: Int, earlier: Int)] = []
        for (index, item) in items.enumerated() {
            guard let value = key(item) else { continue }
            if let earlier = first[value] {
                found.append((index, earlier))
            } else {
                first[value] = index
            }
        }
        return found
    }

    /// True for the list rules that compare items with each other.
    private static func isAboutPairs(_ check: CELValidation.Check) -> Bool {
        switch check {
        case .uniqueItemNames, .parentSectionOrPortSpecified, .parentSectionOrPortUnique, .uniqueListenerAddresses: return true
        default: return false
        }
    }

    /// The breaches of `validations` by the mapping `object`.
    func breaches(of validations: [CELValidation], object: Int) -> [Breach] {
        // An Exact or PathPrefix path's value, read once for all the path rules.
        var path: (node: Int, bytes: [UInt8])?
        if validations.contains(where: { if case .exactOrPrefixPath = $0.check { return true } else { return false } }),
           ["Exact", "PathPrefix"].contains(text(of: object, "type") ?? "PathPrefix"), let node = field("value", of: object),
           case .string(let value)? = tree.scalar(at: node)?.value {
            path = (node, Array(value.utf8))
        }
        // A route rule's filters and its backendRefs' filters, read once for all the filter rules.
        var filters: (rule: Int?, backendRefs: Int?, ofBackendRefs: [Int]) = (nil, nil, [])
        if validations.contains(where: { if case .redirectWithoutBackends = $0.check { return true } else { return false } }) {
            filters.rule = field("filters", of: object)
            filters.backendRefs = field("backendRefs", of: object)
            if let backendRefs = filters.backendRefs, tree.records[backendRefs].kind == .sequence {
                // Appended to only when a backendRef has filters (most have none: no allocation).
                tree.records.withUnsafeBufferPointer { records in
                    NodeTree.forEachItem(ofSequence: backendRefs, in: records) { item in
                        if let own = field("filters", of: item) { filters.ofBackendRefs.append(own) }
                    }
                }
            }
        }
        return validations.compactMap { validation -> Breach? in
            switch validation.check {
            case .serviceReferenceNeedsPort:
                // group and kind as the API server has them after defaulting ("" and Service).
                guard (text(of: object, "group") ?? "").isEmpty, (text(of: object, "kind") ?? "Service") == "Service",
                      text(of: object, "port") == nil else { return nil }
                return Breach(validation: validation, node: object, item: nil, detail: "")
            case .exactOrPrefixPath(let test):
                guard let path, !Self.passes(path.bytes, test) else { return nil }
                return Breach(validation: validation, node: path.node, item: nil, fields: ["value"], detail: "")
            case .redirectWithoutBackends:
                guard let backends = filters.backendRefs, count(of: backends) > 0, let ruleFilters = filters.rule else { return nil }
                let filterItems = items(of: ruleFilters)
                guard let index = filterItems.firstIndex(where: { field("requestRedirect", of: $0) != nil }) else { return nil }
                return Breach(validation: validation, node: filterItems[index], item: nil, fields: ["filters"], fieldIndex: index, detail: "")
            case .replacePrefixMatchNeedsOnePrefix(let filter, let inBackendRefs):
                let prefixRewrites = { (node: Int) in self.items(of: node).filter { self.rewritesPrefix($0, filter: filter) }.count == 1 }
                let applies = inBackendRefs ? filters.ofBackendRefs.filter(prefixRewrites).count == 1 : filters.rule.map(prefixRewrites) ?? false
                // An absent matches defaults to one PathPrefix match; a match's path defaults to type PathPrefix.
                guard applies, let matches = field("matches", of: object), tree.resolution(at: matches) != .null else { return nil }
                let list = items(of: matches)
                if list.count == 1, (field("path", of: list[0]).flatMap { text(of: $0, "type") } ?? "PathPrefix") == "PathPrefix" { return nil }
                return Breach(validation: validation, node: matches, item: nil, fields: ["matches"], detail: "")
            default:
                return nil
            }
        }
    }

    /// True when an Exact or PathPrefix path value, `bytes`, passes `test`.
    static func passes(_ bytes: [UInt8], _ test: CELValidation.Check.PathTest) -> Bool {
        switch test {
        case .startsWithSlash: return bytes.first == UInt8(ascii: "/")
        case .excludes(let text): return !contains(bytes, text.utf8)
        case .doesNotEnd(let text):
            let suffix = text.utf8
            return suffix.count > bytes.count || !bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
        case .pathCharacters:
            // ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$
            guard !bytes.isEmpty else { return false }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "%") {
                    guard index + 2 < bytes.count, bytes[index + 1].isHexDigit, bytes[index + 2].isHexDigit else { return false }
                    index += 3
                } else {
                    guard byte.isPathCharacter else { return false }
                    index += 1
                }
            }
            return true
        }
    }

    /// The value of the field `name` of the mapping `node`, if it is one and has it.
    private func field(_ name: String, of node: Int) -> Int? {
        guard tree.records[node].kind == .mapping else { return nil }
        return tree.lastEntry(ofMapping: node, key: name)?.value
    }

    /// The text of the scalar field `name` of the mapping `node`, if it has one that is not null.
    private func text(of node: Int, _ name: String) -> String? {
        guard let value = field(name, of: node), let scalar = tree.scalar(at: value), scalar.value != .null else { return nil }
        return tree.string(at: value)
    }

    /// True when the filter `node` is a `filter` (requestRedirect, urlRewrite) whose path is a
    /// ReplacePrefixMatch with its replacePrefixMatch set.
    private func rewritesPrefix(_ node: Int, filter: String) -> Bool {
        guard let settings = field(filter, of: node), let path = field("path", of: settings) else { return false }
        return text(of: path, "type") == "ReplacePrefixMatch" && text(of: path, "replacePrefixMatch") != nil
    }

    /// The items of the sequence `node` (none when it is not one).
    private func items(of node: Int) -> [Int] {
        guard tree.records[node].kind == .sequence else { return [] }
        var items: [Int] = []
        items.reserveCapacity(tree.records[node].count)
        tree.records.withUnsafeBufferPointer { records in NodeTree.forEachItem(ofSequence: node, in: records) { items.append($0) } }
        return items
    }

    /// The number of items of the sequence `node` (0 when it is not one): its record's count.
    private func count(of node: Int) -> Int {
        tree.records[node].kind == .sequence ? tree.records[node].count : 0
    }

    /// What the parentRefs rules compare of one reference, as the API server sees it after
    /// defaulting: group and kind default to the Gateway's, and an empty namespace,
    /// sectionName or a port of 0 is no value.
    private func parentReference(_ item: Int) -> (parent: [String], sectionName: String?, port: String?) {
        func text(_ name: String) -> String? { self.text(of: item, name) }
        let group = text("group") ?? APIGroup.gateway
        let kind = text("kind") ?? "Gateway"
        let namespace = text("namespace").flatMap { $0.isEmpty ? nil : $0 } ?? ""
        var port: String?
        if let value = field("port", of: item), let scalar = tree.scalar(at: value) {
            switch scalar.value {
            case .null: port = nil
            case .int(let number): port = number == 0 ? nil : String(number)
            default: port = tree.string(at: value)
            }
        }
        return ([group, kind, namespace, text("name") ?? ""], text("sectionName").flatMap { $0.isEmpty ? nil : $0 }, port)
    }

    /// True when `bytes` holds `needle` (short texts: a plain scan, compared from where the
    /// needle's first byte is found).
    private static func contains(_ bytes: [UInt8], _ needle: String.UTF8View) -> Bool {
        guard needle.count <= bytes.count else { return false }
        guard let first = needle.first else { return true }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}

private extension UInt8 {
    /// `0-9`, `a-f` or `A-F`.
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }

    /// A letter, a digit or one of `-/._~!$&'()*+,;=:@`.
    var isPathCharacter: Bool {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return true
        case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","),
             UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"): return true
        default: return false
        }
    }
}
