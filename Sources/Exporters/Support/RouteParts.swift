import PolicyModel

/// Each route's part of a configuration (or each routing entry's), made on the export's workers:
/// the parts come back in order, and the notices and the error thrown are exactly those of
/// making the parts one after another (the notices of the routes before a failing one and of
/// that route up to its failure, then its error).
enum RouteParts {
    /// `make` applied to each of `routes` (the graph's routes, planned routes, or routing
    /// entries) on up to `jobs` workers; `make` may throw an export's error, or nothing.
    static func make<Route: Sendable, Part: Sendable, Failure: Error>(_ routes: [Route], jobs: Int, notices: inout NoticeCollector,
                                                                      _ make: @Sendable (Route, inout NoticeCollector) throws(Failure) -> Part)
        throws(Failure) -> [Part] {
        let made = OrderedParallel.map(count: routes.count, jobs: jobs) { range in
            range.map { index -> (notices: NoticeCollector, part: Result<Part, Failure>) in
                var routeNotices = NoticeCollector()
                do throws(Failure) {
                    let part = try make(routes[index], &routeNotices)
                    return (routeNotices, .success(part))
                } catch {
                    return (routeNotices, .failure(error))
                }
            }
        }
        var parts: [Part] = []
        parts.reserveCapacity(made.count)
        for (routeNotices, part) in made {
            notices.merge(routeNotices)
            parts.append(try part.get())
        }
        return parts
    }
}
