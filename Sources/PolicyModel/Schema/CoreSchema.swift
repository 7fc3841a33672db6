/// Service and EndpointSlice: open objects (Kubernetes core has many fields sppctl does not
/// read), checked only in the parts sppctl uses.
public enum CoreSchema {
    /// Service `spec`.
    public static let serviceSpec = ObjectSchema([
        .init("ports", .array(.object(ObjectSchema([
            .init("name", .anyString),
            .init("port", .integer(IntegerFacets(minimum: 1, maximum: 65535))),
            .init("protocol", .anyString),
        ], isOpen: true)))),
        .init("selector", .stringMap),
        .init("sessionAffinity", .string(StringFacets(enumValues: ["ClientIP", "None"], defaultValue: "None"))),
        .init("sessionAffinityConfig", .object(ObjectSchema([
            .init("clientIP", .object(ObjectSchema([
                .init("timeoutSeconds", .integer(IntegerFacets(minimum: 1, maximum: 86400))),
            ]))),
        ]))),
    ], isOpen: true)

    /// EndpointSlice top-level fields (EndpointSlice has no `spec`).
    public static let endpointSliceFields: [ObjectSchema.Field] = [
        .init("addressType", .anyString),
        .init("endpoints", .array(.object(ObjectSchema([
            .init("addresses", .array(.anyString)),
            .init("conditions", .opaque),
        ], isOpen: true)))),
        .init("ports", .array(.object(ObjectSchema([
            .init("name", .anyString),
            .init("port", .anyInteger),
            .init("protocol", .anyString),
        ], isOpen: true)))),
    ]

    /// `metadata`, open.
    public static let metadata = ObjectSchema([
        .init("annotations", .stringMap),
        .init("creationTimestamp", .opaque),
        .init("labels", .stringMap),
        .init("name", .anyString),
        .init("namespace", .anyString),
    ], isOpen: true)
}
