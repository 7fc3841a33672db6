import Synchronization

/// A value worked out the first time it is asked for, by whichever thread asks first (the
/// others wait for it), then kept: for an index that only some runs need.
final class LazyValue<Value: Sendable>: Sendable {
    private let state = Mutex<Value?>(nil)
    private let make: @Sendable () -> Value

    /// A value that `make` works out when first asked for.
    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value.
    var value: Value {
        state.withLock { state in
            if let value = state { return value }
            let value = make()
            state = value
            return value
        }
    }
}
