#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input after loading: its name, its text, its documents (or what they decoded to) and
/// what went wrong. Immutable; a class, so that the lists of a fleet's many files hold one
/// reference per file instead of a copy of every field.
public final class LoadedFile: Sendable {
    /// The path as the user named it, or the `--stdin-filename` for standard input.
    public let path: String
    /// Where its text can be read again, for the lines a report quotes.
    public let source: SourceReference
    /// The documents that loaded completely, in order; empty when the loader decoded them
    /// as they finished (see ``decoded``).
    public let documents: [YAMLDocument]
    /// What the loader's decoder made of the documents, when the loader had one: the
    /// objects and their schema violations, with no node tree kept.
    public let decoded: DecodedInputs?
    /// The settings of the decoder that made ``decoded`` (not the decoder itself: a fleet has
    /// many files, and the decoder's tables are large).
    public let decodedWith: ObjectDecoder.Settings?
    /// What kept (part of) the file from loading.
    public let issues: [LoadIssue]
    /// The keys a mapping repeats, found while loading (in the order the mappings closed).
    public let duplicateKeys: [DuplicateKey]

    /// Where the first Go template action (`{{ … }}` on one line) is, when the file is an
    /// unrendered Helm template: then its YAML, if it parses at all, is not what the cluster
    /// would get, and sppctl does not analyse it. Found by the loader, which has the bytes.
    public let templateAction: SourceLocation?

    /// The first Go template action in `bytes`, the text of the file named `path`.
    static func firstTemplateAction(in bytes: [UInt8], path: String) -> SourceLocation? {
        bytes.withUnsafeBufferPointer { buffer -> SourceLocation? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            // memchr finds each `{`; almost no YAML has one, so this costs about a memory scan.
            while index + 1 < count, let found = memchr(base + index, Int32(UInt8(ascii: "{")), count - 1 - index) {
                let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                if buffer[at + 1] == UInt8(ascii: "{") {
                    var end = at + 2
                    while end + 1 < count, buffer[end] != 0x0A {
                        if buffer[end] == UInt8(ascii: "}"), buffer[end + 1] == UInt8(ascii: "}") {
                            var lineStart = at
                            while lineStart > 0, buffer[lineStart - 1] != 0x0A { lineStart -= 1 }
                            let column = String(decoding: buffer[lineStart..<at], as: UTF8.self).unicodeScalars.count + 1
                            let line = buffer[..<at].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                            return SourceLocation(file: path, line: line, column: column)
                        }
                        end += 1
                    }
                }
                index = at + 1
            }
            return nil
        }
    }

    /// Creates a loaded file.
    public init(path: String, source: SourceReference, documents: [YAMLDocument], issues: [LoadIssue], duplicateKeys: [DuplicateKey] = [],
                decoded: DecodedInputs? = nil, decodedWith: ObjectDecoder.Settings? = nil, templateAction: SourceLocation? = nil) {
        self.path = path
        self.source = source
        self.documents = documents
        self.decoded = decoded
        self.decodedWith = decodedWith
        self.issues = issues
        self.duplicateKeys = duplicateKeys
        self.templateAction = templateAction
    }
}
