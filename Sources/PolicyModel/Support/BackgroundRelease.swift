import Dispatch

/// Frees a large value on another thread: a configuration or document tree of a million nodes
/// takes tens of milliseconds to free, which the caller, about to write its output and exit,
/// need not wait for.
public enum BackgroundRelease {
    /// `body`'s result for `value`; then, when `jobs` allows a second thread, `value` is moved
    /// to a background thread that frees it (otherwise it is freed here). Pass the value itself
    /// (`using(make(), …)`), not a copy the caller keeps, or the caller's copy frees it.
    public static func using<Value: Sendable, Result>(_ value: consuming Value, jobs: Int, _ body: (borrowing Value) throws -> Result) rethrows -> Result {
        let result = try body(value)
        guard jobs > 1 else { return result }
        // Moved, not copied: the box holds the only reference when the thread may run.
        let box = Box(consume value)
        DispatchQueue.global(qos: .utility).async { box.free() }
        return result
    }

    /// The value on its way to the other thread, which is the only one to touch it after.
    private final class Box<Boxed>: @unchecked Sendable {
        private var value: Boxed?

        init(_ value: consuming Boxed) {
            self.value = consume value
        }

        func free() { value = nil }
    }
}
