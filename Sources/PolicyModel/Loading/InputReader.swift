import FoundationEssentials
import Glibc

/// Reads and loads input files, in parallel, within the loader's limits. A file that is too
/// large gets an SPP001 issue without being read; a file that cannot be read becomes an
/// ``InputError``. The result keeps the order of the paths given.
public struct InputReader: Sendable {
    /// The loader used for every file.
    public let loader: YAMLLoader

    /// Creates a reader.
    public init(loader: YAMLLoader = YAMLLoader()) {
        self.loader = loader
    }

    /// Reads and loads `paths`; those in `pipes` may be pipes, read to their end (any other
    /// file that is not a regular file is refused: reading it could wait for ever).
    public func load(_ paths: [String], pipes: Set<String> = []) -> (files: [LoadedFile], errors: [InputError]) {
        let loaded = load(paths, pipes: pipes, puttingTogether: false)
        return (loaded.files, loaded.errors)
    }

    /// Reads and loads `paths` as ``load(_:pipes:)`` does, with a loader that has a decoder,
    /// and puts together what the files decoded to as each one loads: the files come back
    /// without it (``LoadedFile/withoutDecoded()``), and what they decoded to in one part per
    /// worker, in order (see ``DecodedFiles/init(parts:files:settings:kustomizePatches:)``).
    /// A fleet of small files then never holds a list of its own per file.
    public func loadDecoded(_ paths: [String], pipes: Set<String> = []) -> (files: [LoadedFile], parts: [DecodedFilesPart], errors: [InputError]) {
        precondition(loader.decoder != nil, "loadDecoded needs a loader with a decoder")
        return load(paths, pipes: pipes, puttingTogether: true)
    }

    private func load(_ paths: [String], pipes: Set<String>, puttingTogether: Bool)
        -> (files: [LoadedFile], parts: [DecodedFilesPart], errors: [InputError]) {
        // One contiguous slice of the paths per worker, each with a loader of its own (see
        // ``YAMLLoader/independentCopy()``); the results come back in path order.
        let slices = OrderedParallel.map(count: paths.count, jobs: loader.jobs) { range in
            let reader = InputReader(loader: loader.jobs > 1 ? loader.independentCopy() : loader)
            var part = puttingTogether ? DecodedFilesPart() : nil
            let outcomes = range.map { index in
                reader.loadOne(paths[index], pipe: pipes.contains(paths[index])).map { file in
                    part?.take(file, decoder: reader.loader.decoder!) ?? file
                }
            }
            return [(outcomes: outcomes, part: part)]
        }
        var files: [LoadedFile] = []
        files.reserveCapacity(paths.count)
        var errors: [InputError] = []
        for slice in slices {
            for outcome in slice.outcomes {
                switch outcome {
                case .success(let file): files.append(file)
                case .failure(let error): errors.append(error)
                }
            }
        }
        return (files, slices.compactMap(\.part), errors)
    }

    /// Loads text that was read from a stream (standard input, a pipe), named `path`: at most
    /// one byte more than the size limit was read of a stream too large.
    public func load(bytes: [UInt8], path: String) -> LoadedFile {
        if bytes.count > loader.limits.maxFileBytes { return tooLarge(path: path, size: nil) }
        return loader.load(bytes: bytes, path: path)
    }

    private func loadOne(_ path: String, pipe: Bool) -> Result<LoadedFile, InputError> {
        // Only regular files are read (links followed). O_NONBLOCK keeps the open of a FIFO
        // from blocking; fstat then turns it (or a device) away before anything is read.
        // withCString passes a native string's own bytes; the implicit conversion copied them into a new array.
        let descriptor = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(InputError(path: path, reason: "no such file or directory"))
            case EACCES, EPERM: return .failure(InputError(path: path, reason: "permission denied"))
            default: return .failure(InputError(path: path, reason: String(cString: strerror(errno))))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(InputError(path: path, reason: "not a regular file")) }
        if pipe && info.st_mode & S_IFMT == S_IFIFO {
            return readPipe(descriptor, path: path)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(InputError(path: path, reason: "not a regular file"))
        }
        if Int(info.st_size) > loader.limits.maxFileBytes {
            return .success(tooLarge(path: path, size: Int(info.st_size)))
        }
        // A large file is mapped, not read: the loader gives its parts back as it parses them,
        // so that the file is not resident beside the model made of it. Where mapping fails,
        // it is read as a small file is.
        if Int(info.st_size) >= YAMLLoader.splitThreshold, let mapped = MappedFile.map(descriptor, count: Int(info.st_size)) {
            return .success(loader.load(SourceText(mapped: mapped), path: path, reference: .file(path: path, status: info)))
        }
        // Read straight into the byte array the loader takes, sized by fstat; it grows if the
        // file grew since, up to one byte past the limit (enough to know it is too large).
        let limit = loader.limits.maxFileBytes
        // The first read fills memory left uninitialized (no zeroing of it first).
        // Its read of zero bytes at the end (two reads for a file read whole) ends the reading.
        var count = 0
        var ended = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(Int(info.st_size), limit) + 1) { buffer, initialized in
            while count < buffer.count {
                let got = pread(descriptor, buffer.baseAddress! + count, buffer.count - count, off_t(count))
                if got < 0 && errno == EINTR { continue }
                // A failure is found again by the reads below, which report it.
                guard got > 0 else {
                    ended = got == 0
                    break
                }
                count += got
            }
            buffer.baseAddress!.advanced(by: count).initialize(repeating: 0, count: buffer.count - count)
            initialized = buffer.count
        }
        while !ended && count <= limit {
            if count == bytes.count { bytes += repeatElement(0, count: min(bytes.count, limit + 1 - count)) }
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + count, $0.count - count, off_t(count)) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(InputError(path: path, reason: "read failed"))
            }
            if got == 0 { break }
            count += got
        }
        if count > limit { return .success(tooLarge(path: path, size: count)) }
        bytes.removeSubrange(count...)
        // The text is not kept: a report reads its excerpt lines again, from this file as it
        // was (same size and modification time). A file that grew or shrank while it was read
        // keeps its bytes instead.
        return .success(loader.load(bytes: bytes, path: path, reference: count == Int(info.st_size) ? .file(path: path, status: info) : nil))
    }

    /// Reads the pipe `descriptor` (opened without blocking) to its end; its text is kept, as it
    /// cannot be read again.
    private func readPipe(_ descriptor: Int32, path: String) -> Result<LoadedFile, InputError> {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let read = Self.readStream(descriptor, limit: loader.limits.maxFileBytes)
        if read.failed { return .failure(InputError(path: path, reason: "read failed")) }
        return .success(load(bytes: read.bytes, path: path))
    }

    /// The bytes of the stream `descriptor` (a pipe, standard input) to its end, or up to one
    /// byte past `limit` (enough to know it is too large), and whether a read failed (the
    /// bytes are then those before the failure).
    public static func readStream(_ descriptor: Int32, limit: Int) -> (bytes: [UInt8], failed: Bool) {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { return (bytes, true) }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[..<got])
        }
        return (bytes, false)
    }

    /// The file at `path`, of `size` bytes (nil for a stream, read only up to the limit), refused.
    private func tooLarge(path: String, size: Int?) -> LoadedFile {
        let megabytes = { (bytes: Int) in bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes" }
        let limit = megabytes(loader.limits.maxFileBytes)
        let issue = LoadIssue(
            location: SourceLocation(file: path, line: 1, column: 1),
            message: size.map { "the file is \(megabytes($0)), larger than the \(limit) limit (--max-file-size); it was not read" }
                ?? "the input is larger than the \(limit) limit (--max-file-size); it was not read")
        return LoadedFile(path: path, source: .memory(SourceText(bytes: [])), documents: [], issues: [issue])
    }
}
