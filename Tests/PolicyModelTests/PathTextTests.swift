import PolicyModel
import Testing

/// Paths as a shell user reads them: joined with one slash, split at the last one, and
/// normalized without looking at the disk.
@Suite("Path text")
struct PathTextTests {
    @Test("a component joins its directory with exactly one slash")
    func join() {
        #expect(PathText.join("", "a.yaml") == "a.yaml")
        #expect(PathText.join("dir", "a.yaml") == "dir/a.yaml")
        #expect(PathText.join("dir/", "a.yaml") == "dir/a.yaml")
        #expect(PathText.join("/", "a.yaml") == "/a.yaml")
        #expect(PathText.join("répertoire", "é.yaml") == "répertoire/é.yaml")
        #expect(PathText.join("a/b", "") == "a/b/")
    }

    @Test("the directory part drops the last component and trailing slashes")
    func directory() {
        #expect(PathText.directory(of: "a/b/c.yaml") == "a/b")
        #expect(PathText.directory(of: "/c.yaml") == "/")
        #expect(PathText.directory(of: "c.yaml") == "")
        #expect(PathText.directory(of: "a//b/") == "a")
    }

    @Test("normalizing folds . and dir/.. without the disk")
    func normalized() {
        #expect(PathText.normalized("./a/../b.yaml") == "b.yaml")
        #expect(PathText.normalized("/x/./y//z.yaml") == "/x/y/z.yaml")
        #expect(PathText.normalized("../a.yaml") == "../a.yaml")
        #expect(PathText.normalized("/../a.yaml") == "/a.yaml")
    }
}
