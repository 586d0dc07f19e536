import SiftCore
import SiftHTML
import Testing

@Suite("HTML layout: blocks, inline, whitespace")
struct HTMLLayoutTests {
    @Test func blocksAreParagraphsAndInlineIsJoined() throws {
        #expect(try htmlText("<p>a <b>b</b></p><p>c</p>") == "a b\n\nc")
        #expect(try htmlText("<div>intro <p>para</p> tail</div>") == "intro\n\npara\n\ntail")
        #expect(try htmlText("<span>a</span><span>b</span> <i>c</i>") == "ab c")
        #expect(try htmlText("<h1>Title</h1><section><p>One.</p><p>Two.</p></section>") == "Title\n\nOne.\n\nTwo.")
    }

    @Test func whitespaceCollapsesAndIsTrimmedAtBlockEdges() throws {
        #expect(try htmlText("<p>\n   a \t\n b   </p>\n\n<p>  c  </p>") == "a b\n\nc")
        #expect(try htmlText("<p>a<b> </b>b</p>") == "a b")
        #expect(try htmlText("<p><b>a </b> <i> b</i></p>") == "a b")
    }

    @Test func lineBreaks() throws {
        #expect(try htmlText("<p>line 1<br>line 2</p>") == "line 1\nline 2")
        #expect(try htmlText("<p><br>start and end<br></p>") == "start and end")
        // Two or more <br> in a row end the block: a paragraph break.
        #expect(try htmlText("<p>one<br><br>two<br> <br><br>three</p>") == "one\n\ntwo\n\nthree")
    }

    @Test func preKeepsLineBreaks() throws {
        let html = "<p>before</p><pre>\n  let x = 1\n\n\n\n  print(x)   \n</pre><p>after</p>"
        #expect(try htmlText(html) == "before\n\n  let x = 1\n\n  print(x)\n\nafter")
        #expect(try htmlText("<pre>a<br>b  <b>c</b></pre>") == "a\nb  c")
    }

    @Test func tablesAndLists() throws {
        let table = "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td> 31 </td></tr></table>"
        #expect(try htmlText(table) == "Name\tAge\n\nAnn\t31")
        #expect(try htmlText("<ul><li>one<li>two</ul><ol><li><p>three</p></li></ol>") == "one\n\ntwo\n\nthree")
        #expect(try htmlText("<dl><dt>term</dt><dd>definition</dd></dl>") == "term\n\ndefinition")
        // A layout table: blocks inside a cell stay blocks.
        #expect(try htmlText("<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>") == "a\n\nb\n\nc")
    }

    @Test func entitiesAreDecoded() throws {
        #expect(try htmlText("<p>caf&eacute; &amp; &lt;tag&gt; &#8364; &#x41; &quot;q&quot;</p>") == "café & <tag> € A \"q\"")
        // Windows-1252 numeric references, as browsers read them.
        #expect(try htmlText("<p>don&#146;t &#147;quote&#148;</p>") == "don’t “quote”")
    }

    @Test func unicodeSpacesAndSoftHyphens() throws {
        #expect(try htmlText("<p>a&nbsp;b&nbsp;&nbsp; c\u{2009}d\u{3000}e</p>") == "a b c d e")
        #expect(try htmlText("<p>Wort&shy;tren\u{00AD}nung</p>") == "Worttrennung")
        // Zero-width space is kept: it marks word boundaries in some scripts.
        #expect(try htmlText("<p>a&#8203;b</p>") == "a\u{200B}b")
    }

    @Test func droppedElements() throws {
        let html = """
            <html><head><title>T</title><style>p{}</style><script>var head = 1</script></head><body>
            <script>alert("x")</script><style>.a{}</style><noscript>enable JS</noscript><template><p>tpl</p></template>
            <p>kept<!-- a comment --> text</p><svg><text>svg text</text><title>svg title</title></svg>
            <iframe>frame</iframe><select><option>opt 1</option></select><textarea>typed</textarea>
            <button>Share</button><math><mi>x</mi></math><video>no video</video>
            <ruby>漢<rp>(</rp><rt>kan</rt></ruby></body></html>
            """
        #expect(try htmlText(html) == "kept text\n\n漢")
    }

    @Test func extraDropElements() throws {
        let html = "<nav>Menu</nav><p>Body</p><footer>Footer</footer><my-widget>W</my-widget><aside>Side</aside>"
        let options = HTMLCleanupStage.Options(dropElements: ["NAV", "footer", "my-widget"])
        #expect(try htmlText(html, options) == "Body\n\nSide")
    }

    @Test func unknownElementsAreInline() throws {
        #expect(try htmlText("<p>a <x-foo>b</x-foo> c<custom>d</custom></p>") == "a b cd")
    }

    @Test func blocksDescribeTheText() throws {
        let html = "<body><div class=menu><a href=/>Home</a> <a href=/x>News</a></div><article><p>Some <a href=#>text</a> here.</p></article></body>"
        let extraction = try HTMLExtractor().extract(Array(html.utf8))
        #expect(extraction.text == "Home News\n\nSome text here.")
        #expect(extraction.blocks.count == 2)
        let menu = extraction.blocks[0], paragraph = extraction.blocks[1]
        #expect(extraction.text(of: menu) == "Home News")
        #expect(extraction.text(of: paragraph) == "Some text here.")
        #expect(menu.tagName == "div" && paragraph.tagName == "p")
        #expect(menu.characterCount == 9 && menu.linkCharacterCount == 8)
        #expect(paragraph.linkCharacterCount == 4 && paragraph.linkDensity < 0.3)
        #expect(paragraph.ancestors.contains(.article) && !menu.ancestors.contains(.article))
        #expect(paragraph.depth == menu.depth + 1)
        #expect(menu.pathHash != paragraph.pathHash)
        #expect(extraction.text(selecting: [false, true]) == "Some text here.")
        #expect(extraction.text(selecting: [true, true]) == extraction.text)
    }

    @Test func structurallyAlikeBlocksShareAPathHash() throws {
        let html = "<ul class=teasers><li class=t>one</li><li class=t>two</li><li class=other>three</li></ul>"
        let blocks = try HTMLExtractor().extract(Array(html.utf8)).blocks
        #expect(blocks.count == 3)
        #expect(blocks[0].pathHash == blocks[1].pathHash)
        #expect(blocks[0].pathHash != blocks[2].pathHash)
        #expect(blocks.allSatisfy { $0.ancestors.contains(.listItem) })
    }
}
