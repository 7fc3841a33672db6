/// The `sessionPersistence` object of route rules, BackendLBPolicy and XBackendTrafficPolicy,
/// exactly as each generation's CRDs define it.
public enum SessionPersistenceSchema {
    static let permanentMessage = "AbsoluteTimeout must be specified when cookie lifetimeType is Permanent"

    /// The schema in force in `generation`.
    public static func schema(for generation: Generation) -> ObjectSchema {
        let lifetimeType = SchemaNode.string(StringFacets(enumValues: ["Permanent", "Session"], defaultValue: "Session"))
        let type = SchemaNode.string(StringFacets(enumValues: ["Cookie", "Header"], defaultValue: "Cookie"))
        if generation == .main {
            let name = SchemaNode.string(StringFacets(pattern: SchemaPatterns.token, minLength: 1, maxLength: 256))
            return ObjectSchema([
                .init("absoluteTimeout", SchemaPatterns.durationField),
                .init("cookie", .object(ObjectSchema([
                    .init("lifetimeType", lifetimeType),
                    .init("name", name),
                    .init("path", .string(StringFacets(maxLength: 1024, defaultValue: "/"))),
                ]))),
                .init("header", .object(ObjectSchema([.init("name", name)], required: ["name"]))),
                .init("type", type),
            ], validations: [
                CELValidation(
                    message: permanentMessage,
                    rule: "!has(self.cookie) || !has(self.cookie.lifetimeType) || self.cookie.lifetimeType != 'Permanent' || has(self.absoluteTimeout)",
                    check: .permanentNeedsAbsoluteTimeout(cookieField: "cookie", guarded: true)),
                CELValidation(
                    message: "cookie must be nil if type is not Cookie",
                    rule: "!has(self.cookie) || self.type == 'Cookie'",
                    check: .onlyWithType(field: "cookie", type: "Cookie")),
                CELValidation(
                    message: "cookie must be specified for Cookie type",
                    rule: "self.type != 'Cookie' || has(self.cookie)",
                    check: .requiredForType(field: "cookie", type: "Cookie")),
                CELValidation(
                    message: "header must be nil if type is not Header",
                    rule: "!has(self.header) || self.type == 'Header'",
                    check: .onlyWithType(field: "header", type: "Header")),
                CELValidation(
                    message: "header must be specified for Header type",
                    rule: "self.type != 'Header' || has(self.header)",
                    check: .requiredForType(field: "header", type: "Header")),
            ])
        }
        var fields: [ObjectSchema.Field] = [
            .init("absoluteTimeout", SchemaPatterns.durationField),
            .init("cookieConfig", .object(ObjectSchema([.init("lifetimeType", lifetimeType)]))),
        ]
        if generation < .v1_6 {
            fields.append(.init("idleTimeout", SchemaPatterns.durationField))
        }
        fields.append(.init("sessionName", .string(StringFacets(maxLength: 128))))
        fields.append(.init("type", type))
        var validations: [CELValidation] = []
        if generation == .v1_1_0 {
            validations.append(CELValidation(
                message: permanentMessage,
                rule: "!has(self.cookieConfig.lifetimeType) || self.cookieConfig.lifetimeType != 'Permanent' || has(self.absoluteTimeout)",
                check: .permanentNeedsAbsoluteTimeout(cookieField: "cookieConfig", guarded: false)))
        } else {
            validations.append(CELValidation(
                message: permanentMessage,
                rule: "!has(self.cookieConfig) || !has(self.cookieConfig.lifetimeType) || self.cookieConfig.lifetimeType != 'Permanent' || has(self.absoluteTimeout)",
                check: .permanentNeedsAbsoluteTimeout(cookieField: "cookieConfig", guarded: true)))
        }
        if generation >= .v1_5 {
            validations.append(CELValidation(
                message: "cookieConfig can only be set with type Cookie",
                rule: "!has(self.cookieConfig) || self.type == 'Cookie'",
                check: .onlyWithType(field: "cookieConfig", type: "Cookie")))
        }
        return ObjectSchema(fields, validations: validations)
    }
}
