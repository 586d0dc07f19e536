import Foundation
import Testing

/// The guide's complete Python worker is the file the tests run, verbatim.
@Suite struct GuideTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theGuideShowsTheMinimalWorkerAsShipped() throws {
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/writing-a-stage.md"), encoding: .utf8)
        let worker = try String(contentsOf: Self.root.appendingPathComponent("Plugins/Process/Examples/minimal_worker.py"), encoding: .utf8)
        let begin = try #require(guide.range(of: "<!-- minimal-worker:begin -->\n```python\n"))
        let end = try #require(guide.range(of: "```\n<!-- minimal-worker:end -->"))
        #expect(String(guide[begin.upperBound..<end.lowerBound]) == worker, "copy Plugins/Process/Examples/minimal_worker.py into docs/writing-a-stage.md")
    }
}
