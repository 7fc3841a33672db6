extension String {
    /// The string with every `target` replaced by `replacement`, compared scalar by scalar (so
    /// the `\r` of a `\r\n`, or a `.` under a combining mark, is replaced too).
    public func replacing(scalar target: Unicode.Scalar, with replacement: String) -> String {
        guard unicodeScalars.contains(target) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
