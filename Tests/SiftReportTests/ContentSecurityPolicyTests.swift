import Foundation
import SiftRuntime
import Testing
@testable import SiftReport

@Suite struct ContentSecurityPolicyTests {
    private func hash(_ text: StaticString) -> String {
        let bytes = text.withUTF8Buffer { Array($0) }
        return "sha256-" + Data(SHA256.digest(bytes)).base64EncodedString()
    }

    /// The page allows its style sheet and scripts by hash: a stale hash would silently disable them.
    @Test func contentSecurityPolicyHashesMatch() {
        #expect(ReportStyle.sha256 == hash(ReportStyle.css), "set ReportStyle.sha256 to \(hash(ReportStyle.css))")
        #expect(ReportScript.errorHookSHA256 == hash(ReportScript.errorHook), "set ReportScript.errorHookSHA256 to \(hash(ReportScript.errorHook))")
        #expect(ReportScript.mainSHA256 == hash(ReportScript.main), "set ReportScript.mainSHA256 to \(hash(ReportScript.main))")
    }

    @Test func pageLoadsNothingAndUsesNoInlineHandlersOrStyles() throws {
        let line = ReportFixtures.record(id: "a", text: "Putin spoke.", entities: [(0, 5, "PERSON", "p")], sentences: [(0, 12, 0.6)])
        let html = try ReportBuilder.html(lines: [line], options: ReportOptions(title: "t"))
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains(" style=\""), "style attributes would be blocked by the policy")
        #expect(!html.contains(" onclick=") && !html.contains(" onload="), "inline handlers would be blocked by the policy")
        #expect(!html.contains("http://") && !html.contains("https://"), "nothing external")
    }
}
