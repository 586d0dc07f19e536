import Foundation
import SiftCore
import SiftHTML
import SiftJSON
import Testing

/// `source_map` on small HTML: references, inline tags, whitespace, comments, CDATA, long text nodes.
@Suite struct SourceMapHTMLTests {
    func clean(_ html: String, _ options: HTMLCleanupStage.Options = SourceMapCheck.options()) throws -> (Document, [UInt8]) {
        let raw = Array(html.utf8)
        let document = try cleanHTML(bytes: raw, options)
        try SourceMapCheck.wellFormed(document, raw: raw)
        try SourceMapCheck.everyWordMaps(document, raw: raw)
        return (document, raw)
    }

    func source(_ needle: String, _ clean: (Document, [UInt8])) throws -> String {
        try SourceMapCheck.sourceText(of: needle, in: clean.0, raw: clean.1)
    }

    @Test func offByDefault() throws {
        let document = try cleanHTML("<p>Fish &amp; chips</p>")
        #expect(document.layers[SourceMapLayer.self] == nil)
    }

    @Test func namedReference() throws {
        let page = try clean("<html><body><p>Fish &amp; chips</p></body></html>")
        #expect(page.0.text?.string == "Fish & chips")
        #expect(try source("Fish", page) == "Fish")
        #expect(try source("&", page) == "&amp;")
        #expect(try source("chips", page) == "chips")
        #expect(try source("Fish & chips", page) == "Fish &amp; chips")
        #expect(try source("sh & ch", page) == "sh &amp; ch")
    }

    @Test func numericReferences() throws {
        let page = try clean("<p>&#x41;BC and &#233;t&#xE9; &#8220;quoted&#8221;</p>")
        #expect(page.0.text?.string == "ABC and été “quoted”")
        #expect(try source("ABC", page) == "&#x41;BC")
        #expect(try source("BC", page) == "BC")
        #expect(try source("été", page) == "&#233;t&#xE9;")
        #expect(try source("“quoted”", page) == "&#8220;quoted&#8221;")
    }

    @Test func nonBreakingSpaceIsNotCovered() throws {
        let page = try clean("<p>a&nbsp;b</p>")
        #expect(page.0.text?.string == "a b")
        let map = try SourceMapCheck.map(page.0)
        #expect(map.segments.map(\.textStart) == [0, 2])
        #expect(map.sourceRange(forText: 1..<2) == nil)
        #expect(try source("a b", page) == "a&nbsp;b")
    }

    @Test func unknownEntityAndStrayAmpersand() throws {
        let page = try clean("<p>AT&T &foo; x &amp y &copy2024</p>")
        #expect(try source("AT&T", page) == "AT&T")
        #expect(try source("&foo;", page) == "&foo;")
        #expect(try source("&amp", page) == "&amp")
    }

    @Test func nestedInlineTags() throws {
        let page = try clean("<div><p>The <b>Bold</b> <i>new <span class=x>wor</span>ld</i>!</p></div>")
        #expect(page.0.text?.string == "The Bold new world!")
        #expect(try source("Bold new", page) == "Bold</b> <i>new")
        #expect(try source("world!", page) == "wor</span>ld</i>!")
        #expect(try source("ew", page) == "ew")
    }

    @Test func collapsedWhitespace() throws {
        let page = try clean("<p>  lots \n\n  of \t  space\r\nhere </p><p>next</p>")
        #expect(page.0.text?.string == "lots of space here\n\nnext")
        #expect(try source("lots", page) == "lots")
        #expect(try source("space here", page) == "space\r\nhere")
        #expect(try source("here\n\nnext", page) == "here </p><p>next")
        let map = try SourceMapCheck.map(page.0)
        #expect(map.sourceRange(forText: 18..<20) == nil) // the block separator
    }

    @Test func singleSpacesMergeIntoOneSegment() throws {
        let page = try clean("<p>one two\nthree</p>")
        let map = try SourceMapCheck.map(page.0)
        #expect(map.segments == [SourceMap.Segment(textStart: 0, textLength: 13, sourceStart: 3, sourceLength: 13)])
    }

    @Test func commentsCDATAScriptsAroundText() throws {
        let html = "<p>before<!-- a comment -->after <script>var x = '<p>no</p>';</script>end <style>p{}</style>"
            + "<![CDATA[raw]]> tail</p><pre>  keep\n  this</pre>"
        let page = try clean(html)
        #expect(try source("beforeafter", page) == "before<!-- a comment -->after")
        #expect(try source("end", page) == "end")
        #expect(try source("tail", page) == "tail")
        #expect(try source("keep", page) == "keep")
    }

    @Test func multiByteWordsAreWhole() throws {
        let page = try clean("<p>Zürich and Genève, says Müller’s aide</p>")
        #expect(try source("Zürich", page) == "Zürich")
        #expect(try source("Zü", page) == "Zürich") // inside a multi-byte word: the whole word
        #expect(try source("and", page) == "and")
        #expect(try source("aide", page) == "aide")
    }

    @Test func longTextNodesAcrossParserChunks() throws {
        // libxml2 hands text over in 1000-byte chunks; words straddle the chunk ends.
        var text = ""
        for index in 0..<400 { text += index % 7 == 0 ? "naïve\(index) " : "word\(index) " }
        text += String(repeating: "é", count: 777) + " " + String(repeating: "x", count: 1500) + " end"
        let page = try clean("<html><body><p>\(text)</p></body></html>")
        #expect(page.0.text?.string == text)
        #expect(try source("word398", page) == "word398")
    }

    @Test func cappedAttributesShiftNothing() throws {
        let attributes = (0..<80).map { "data-a\($0)=\"\($0)\"" }.joined(separator: " ")
        let page = try clean("<div \(attributes)>first</div><p>second &amp; third</p>")
        #expect(page.0.diagnostics["html_capped_tags"] == .integer(1))
        #expect(try source("second & third", page) == "second &amp; third")
    }

    @Test func invalidUTF8AndByteOrderMark() throws {
        var raw: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>bad ".utf8) + [0xC3, 0x28, 0xE2, 0x80] + Array(" byte&amp;s</p>".utf8)
        raw += Array("<p>après</p>".utf8)
        let document = try cleanHTML(bytes: raw, SourceMapCheck.options())
        #expect(document.text?.string == "bad \u{FFFD}(\u{FFFD} byte&s\n\naprès")
        try SourceMapCheck.wellFormed(document, raw: raw)
        func source(_ needle: String) throws -> [UInt8] {
            try SourceMapCheck.source(of: SourceMapCheck.range(of: needle, in: document), in: document, raw: raw)
        }
        #expect(try source("bad") == Array("bad".utf8))
        #expect(try source("\u{FFFD}(\u{FFFD}") == [0xC3, 0x28, 0xE2, 0x80])
        #expect(try source("byte&s") == Array("byte&amp;s".utf8))
        #expect(try source("après") == Array("après".utf8))
    }

    @Test func articleModeAndTitle() throws {
        let html = ArticleFixtures.page()
        let raw = Array(html.utf8)
        let document = try cleanHTML(bytes: raw, SourceMapCheck.options(.article, includeTitle: true))
        #expect(document.text?.string.hasPrefix("Council backs harbour plan\n\n") == true)
        try SourceMapCheck.wellFormed(document, raw: raw)
        try SourceMapCheck.everyWordMaps(document, raw: raw, from: 28)
        #expect(try SourceMapCheck.map(document).sourceRange(forText: 0..<26) == nil) // the title is put in front
        let second = ArticleFixtures.paragraphs[1]
        #expect(try SourceMapCheck.sourceText(of: second, in: document, raw: raw) == second)
    }

    @Test func textIsTheSameWithoutTheMap() throws {
        let html = ArticleFixtures.page(before: "<p>Lead &amp; <b>bold</b> text.</p>")
        for mode in HTMLCleanupStage.Options.Mode.allCases {
            let plain = try cleanHTML(html, HTMLCleanupStage.Options(mode: mode))
            let mapped = try cleanHTML(html, SourceMapCheck.options(mode))
            #expect(plain.text?.string == mapped.text?.string)
            #expect(plain.metadata == mapped.metadata)
        }
    }

    @Test func jsonForm() throws {
        let (document, _) = try clean("<p>Fish &amp; chips</p>")
        var writer = JSONWriter()
        try SourceMapCheck.map(document).writeJSON(to: &writer, text: document.text)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\"unit\":\"bytes\",\"segments\":[[0,4,3,4],[5,1,8,5],[7,5,14,5]]}")
    }
}
