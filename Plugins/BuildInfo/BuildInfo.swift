import Foundation
import PackagePlugin

/// Writes `BuildInfo.swift` before each build of sppctl: the git commit the build comes from
/// (with `+dirty` for uncommitted changes, `unknown` outside a git checkout), so that
/// `sppctl --version` names it. The file is rewritten only when the commit changes.
@main
struct BuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BuildInfo.swift")
        let script = """
            commit=$(git -C "$0" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
            if [ "$commit" != unknown ] && ! git -C "$0" diff --quiet HEAD -- Sources Package.swift 2>/dev/null; then commit="$commit+dirty"; fi
            printf '/// The build'"'"'s origin, written by the BuildInfo plugin.\\nenum BuildInfo {\\n    /// The git commit the build comes from.\\n    static let commit = "%s"\\n}\\n' "$commit" > "$1.new"
            if cmp -s "$1.new" "$1"; then rm -f "$1.new"; else mv "$1.new" "$1"; fi
            """
        return [.prebuildCommand(displayName: "Writing sppctl's build info", executable: URL(fileURLWithPath: "/bin/sh"),
                                 arguments: ["-c", script, context.package.directoryURL.path, output.path],
                                 outputFilesDirectory: context.pluginWorkDirectoryURL)]
    }
}
