extension LintContext {
    /// Every duration-valued session-persistence field (`absoluteTimeout`, `idleTimeout`) in
    /// the inputs, with its field name and object.
    public var durationFields: [(name: String, value: Located<String>, object: KubeObject)] {
        sessionPersistenceConfigs.flatMap { item -> [(name: String, value: Located<String>, object: KubeObject)] in
            var fields: [(name: String, value: Located<String>, object: KubeObject)] = []
            if let value = item.config.absoluteTimeout { fields.append(("absoluteTimeout", value, item.object)) }
            if let value = item.config.idleTimeout { fields.append(("idleTimeout", value, item.object)) }
            return fields
        }
    }
}
