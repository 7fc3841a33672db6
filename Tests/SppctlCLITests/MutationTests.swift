import Foundation
import SppctlTestSupport
import Testing

/// sppctl never traps, whatever a value holds: the repository's scenarios and examples, with
/// values replaced one at a time by extremes (the edges of 64-bit integers and past them,
/// durations of 20-digit components, escape sequences, empty and null values, collections
/// where scalars belong), are linted, explained and exported with exit codes 0, 1 or 2 only.
@Suite("Mutated manifests never crash sppctl")
struct MutationTests {
    /// What a value is replaced with: an integer by both ends of 64 bits and one more integer in
    /// turn, a duration by a duration in turn, any other value (every second one) by the rest in turn.
    private static let integers = ["99999999999999999999999", "-1", "0"]
    private static let durations = ["99999999999999999999h", "1h99999999999999999999m", "99999h99999m99999s99999ms", "0s"]
    private static let others = [#""\e[2J\n::error::forged\u202E""#, #""""#, "null", "[]", "{}", "[{a: [1, {b: null}]}]", "1e400", ".nan"]

    /// A line `key: value` (or `- key: value`) whose value is a plain or quoted scalar.
    private static var valueLine: Regex<(Substring, Substring, Substring)> { #/^(\s*(?:- )?[A-Za-z][A-Za-z0-9]*: +)([^\s{\[|>#&*!].*)$/# }

    /// The manifests, and in each the lines whose values are replaced, with what.
    private static var cases: [(file: String, text: [String], line: Int, value: String)] {
        let root = TestPaths.packageRoot
        let files = ["testdata/scenarios", "examples"].flatMap { folder in
            (FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { "\(folder)/\($0)" }
        }.sorted()
        var cases: [(String, [String], Int, String)] = []
        var turn = 0
        for file in files {
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (index, line) in lines.enumerated() {
                guard let value = line.wholeMatch(of: valueLine)?.2 else { continue }
                turn += 1
                if value.allSatisfy(\.isNumber) {
                    for extreme in ["9223372036854775807", "-9223372036854775808", integers[turn % integers.count]] {
                        cases.append((file, lines, index, extreme))
                    }
                } else if value.wholeMatch(of: #/[0-9]+(h|m|s|ms)\S*/#) != nil {
                    cases.append((file, lines, index, durations[turn % durations.count]))
                } else if turn % 2 == 0 {
                    cases.append((file, lines, index, others[(turn / 2) % others.count]))
                }
            }
        }
        return cases
    }

    @Test("every integer and duration, and every second other value, of every scenario and example replaced by extremes one at a time: lint, explain and export exit 0, 1 or 2")
    func neverCrashes() throws {
        let cases = Self.cases
        #expect(cases.count > 300)
        let directory = try TestPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("mutated.yaml")
        for (file, lines, index, value) in cases {
            var mutated = lines
            let match = try #require(lines[index].wholeMatch(of: Self.valueLine))
            mutated[index] = String(match.1) + value
            try Data(mutated.joined(separator: "\n").utf8).write(to: path)
            for command in [["lint", "--format", "json"], ["explain", "--format", "json"], ["export", "--target", "envoy"]] {
                let result = try Sppctl.run(command + ["--no-config", "--jobs", "1", "mutated.yaml"], in: directory)
                #expect([0, 1, 2].contains(result.exitCode), "\(command[0]) of \(file) line \(index + 1) set to \(value): \(result.stderr.prefix(300))")
            }
        }
    }
}
