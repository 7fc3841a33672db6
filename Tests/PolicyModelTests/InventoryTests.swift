import PolicyModel
import SppctlTestSupport
import Testing

@Suite("The inventory of objects by identity")
struct InventoryTests {
    private func inventory(_ yaml: String) -> Inventory {
        InMemoryLint.analysis(yaml, path: "in.yaml").graph.inventory
    }

    private static func service(_ name: String, namespace: String = "shop", port: Int = 80) -> String {
        "apiVersion: v1\nkind: Service\nmetadata: {name: \(name), namespace: \(namespace)}\nspec: {ports: [{port: \(port)}]}\n"
    }

    @Test("an identity defined three times: the last one is found, each later one names the first")
    func redefinitions() throws {
        let inventory = inventory([Self.service("cart", port: 1), Self.service("other"), Self.service("cart", port: 2),
                                   Self.service("cart", port: 3)].joined(separator: "---\n"))
        let identity = ObjectIdentity(group: "", kind: "Service", namespace: "shop", name: "cart")
        let found = try #require(inventory.object(identity))
        #expect(found.location.line == 16)
        #expect(inventory.redefinitions.map(\.object.location.line) == [11, 16])
        #expect(inventory.redefinitions.map(\.first.location.line) == [1, 1])
        #expect(inventory.redefinitions.allSatisfy { $0.identity == identity })
        // The replaced definitions are not effective; the other Service and the last cart are.
        #expect(inventory.effectiveKnownObjects.map(\.location.line) == [6, 16])
    }

    @Test("thousands of identities are each found, and near misses are not")
    func manyIdentities() {
        let names = (0..<3000).map { "svc-\($0)" }
        let inventory = inventory(names.enumerated().map { Self.service($0.element, namespace: "ns-\($0.offset % 7)") }.joined(separator: "---\n"))
        for (offset, name) in names.enumerated() {
            let object = inventory.object(group: "", kind: "Service", namespace: "ns-\(offset % 7)", name: name)
            #expect(object?.metadata.name?.value == name)
            #expect(inventory.object(group: "", kind: "Service", namespace: "ns-\((offset + 1) % 7)", name: name) == nil)
            #expect(inventory.object(group: "apps", kind: "Service", namespace: "ns-\(offset % 7)", name: name) == nil)
        }
        #expect(inventory.redefinitions.isEmpty)
        #expect(inventory.names(ofKind: "Service", in: "ns-3") == names.enumerated().filter { $0.offset % 7 == 3 }.map(\.element))
    }

    @Test("names for suggestions: one kind and namespace, first definitions in input order, a kind of two groups merged")
    func names() {
        let yaml = [
            Self.service("b"), Self.service("a"), Self.service("b"), Self.service("c", namespace: "other"),
            "apiVersion: example.com/v1\nkind: Service\nmetadata: {name: z, namespace: shop}\n",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, namespace: shop}\n",
            "apiVersion: v1\nkind: Service\nmetadata: {namespace: shop}\n",
        ].joined(separator: "---\n")
        let inventory = inventory(yaml)
        #expect(inventory.names(ofKind: "Service", in: "shop") == ["b", "a", "z"])
        #expect(inventory.names(ofKind: "Service", in: "other") == ["c"])
        #expect(inventory.names(ofKind: "Deployment", in: "shop") == ["d"])
        #expect(inventory.names(ofKind: "Service", in: "nowhere").isEmpty)
    }
}
