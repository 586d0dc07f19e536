import Testing
@testable import SiftReport

@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("&amp; stays literal", "&amp;amp; stays literal"),
        ("it's 'quoted'", "it&#39;s &#39;quoted&#39;"),
        ("plain Ünïcödé 😀", "plain Ünïcödé 😀"),
        ("nul\u{0}byte", "nul\u{FFFD}byte"),
    ])
    func escapesTheFiveSpecialCharacters(input: String, expected: String) {
        #expect(HTMLBuffer.escape(input) == expected)
    }

    /// Every piece of document data that reaches the page: text, id, title, entity text/label/id/source, stance
    /// target and holder, cue, error message — each carrying markup that would run if it were not escaped.
    @Test func documentDataIsNeverMarkup() throws {
        let text = "Hi <script>alert(1)</script> and \"><img src=x onerror=alert(2)> &amp; Putin."
        let putin = Array(text.unicodeScalars).count - 6
        let hostile = ReportFixtures.record(
            id: "<b>id</b>", text: text, title: "</title><script>alert(3)</script>",
            entities: [(3, 11, "PER<SON>", "id\"><svg onload=alert(4)>"), (putin, putin + 5, "PERSON", "q:'x'")],
            sentences: [(0, Array(text.unicodeScalars).count, 0.5)],
            stance: ReportFixtures.stance(target: "<i>target</i>", document: "favor",
                                          holders: [("<svg onload=alert(5)>", "e\"1", "against", 0, [("<u>cue</u>", 3, 11, -0.5)])]))
        let failed = ReportFixtures.error(id: "bad<script>", message: "failed on <script>alert(6)</script>")
        let html = try ReportBuilder.html(lines: [hostile, failed, "<script>alert(7)</script>"], options: ReportOptions(title: "<script>alert(8)</script>"))
        #expect(html.components(separatedBy: "<script").count - 1 == 2, "only the report's own two scripts")
        for payload in ["<img", "<svg onload", "<b>id", "<i>target", "<u>cue", "</title><script", "onerror=alert(2)>", "alert(1)</script>"] {
            #expect(!html.contains(payload), "unescaped \(payload)")
        }
        for escaped in ["&lt;script&gt;</b></mark>alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp;amp; ", "&lt;b&gt;id&lt;/b&gt;",
                        "&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;", "PER&lt;SON&gt;", "id&quot;&gt;&lt;svg onload=alert(4)&gt;",
                        "q:&#39;x&#39;", "&lt;i&gt;target&lt;/i&gt;", "&lt;svg onload=alert(5)&gt;", "&lt;u&gt;cue&lt;/u&gt;",
                        "failed on &lt;script&gt;alert(6)&lt;/script&gt;", "&lt;script&gt;alert(8)&lt;/script&gt;"] {
            #expect(html.contains(escaped), "missing \(escaped)")
        }
        #expect(html.contains("<mark class=\"e-other\" data-l=\"PER&lt;SON&gt;\" title=\"PER&lt;SON&gt; · id&quot;&gt;&lt;svg onload=alert(4)&gt; · test-list\">"))
    }

    @Test func onlyWebLinksAreLinked() throws {
        var html = HTMLBuffer()
        DocumentRenderer.link("javascript:alert(1)", into: &html)
        DocumentRenderer.link("https://example.org/?a=1&b=\"2\"", into: &html)
        #expect(html.string == "javascript:alert(1)<a rel=\"noreferrer noopener\" href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">https://example.org/?a=1&amp;b=&quot;2&quot;</a>")
    }
}
