#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file mapped read-only into memory, for the loader to parse in place.
///
/// A large input is mapped instead of read: its pages come from the kernel's page cache as
/// the parser reaches them, and each part the loader has finished with is given back
/// (``release(_:)``), so that a file of tens of MiB is not resident beside the model built
/// from it. A page given back and read again is simply read again from the file.
final class MappedFile: @unchecked Sendable {
    // @unchecked: the mapping is read-only and never moves; only `munmap` in deinit changes it.
    private let base: UnsafeRawPointer
    /// The number of bytes mapped (the file's size when it was mapped).
    let count: Int

    private init(base: UnsafeRawPointer, count: Int) {
        self.base = base
        self.count = count
    }

    /// Maps the first `count` bytes of the open regular file `descriptor`, or nil when the
    /// file cannot be mapped (then it is read instead).
    static func map(_ descriptor: Int32, count: Int) -> MappedFile? {
        guard count > 0, let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        TruncationGuard.install()
        return MappedFile(base: UnsafeRawPointer(address), count: count)
    }

    /// The mapped bytes.
    var buffer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// Gives back the whole pages within `range` (and the last page, which the file ends in,
    /// when `range` reaches the end): they leave the process's resident memory, and are read
    /// from the file again if they are read again.
    func release(_ range: Range<Int>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound >= count ? (count + page - 1) / page * page : range.upperBound / page * page
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), count)
    }
}
