import SiftCore
import SiftHTML
import SiftJSON
import Testing

/// Article mode on hand-written pages: each boilerplate signal alone, and what must survive.
@Suite("Article mode: boilerplate signals")
struct ArticleModeTests {
    typealias F = ArticleFixtures

    @Test func storyOnlyFromAFramedPage() throws {
        let document = try F.article(F.page())
        #expect(document.text?.string == F.expectedText)
        #expect(document.metadata["title"] == .string("Council backs harbour plan"), "the headline, not <title>")
        let extraction = try #require(document.metadata["extraction"]?.objectValue)
        #expect(extraction["mode"] == "article")
        #expect(extraction["article_found"] == true)
        #expect(extraction["blocks_kept"] == 3)
    }

    @Test func fullModeIsUnchanged() throws {
        let document = try cleanHTML(F.page())
        let text = try #require(document.text?.string)
        #expect(text.hasPrefix("Home\n\nWorld"))
        #expect(text.contains("All rights reserved"))
        #expect(document.metadata["extraction"] == nil)
    }

    @Test(arguments: [
        ("aside", "<aside><h3>Most read</h3><p>Other story that everyone is reading about this week, in full detail here.</p></aside>"),
        ("sidebar", "<div class=\"sidebar\"><p>Weather: sunny with a light breeze from the west later in the day today.</p></div>"),
        ("comments", """
            <section id="comments"><h3>3 comments</h3><div class="comment"><p>I have lived here for forty years and \
            I have never seen the council move so fast on anything at all.</p></div></section>
            """),
        ("cookie", """
            <div class="cookie-banner"><p>We use cookies to improve your experience on our site and to show you \
            relevant advertising. By continuing you accept our use of cookies.</p></div>
            """),
        ("share", "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <span>Share this story</span></div>"),
        ("related", """
            <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Ferry prices rise again</a></li>\
            <li><a href="/b">Port strike ends after three days</a></li><li><a href="/c">New bridge opens</a></li></ul></div>
            """),
        ("newsletter", """
            <div class="newsletter-signup"><p>Get the best of the Harbour Times in your inbox every morning, \
            free of charge, by signing up today.</p></div>
            """),
        ("hidden", "<div hidden><p>This paragraph is hidden from readers and only shows up in some old browsers.</p></div>"),
    ])
    func furnitureAfterTheStoryIsDropped(kind: String, html: String) throws {
        let document = try F.article(F.page(after: html))
        #expect(document.text?.string == F.expectedText, "\(kind)")
    }

    @Test func furnitureNextToTheArticleIsDropped() throws {
        let aside = "<aside><p>Subscribe for unlimited access to all of our stories, podcasts and newsletters.</p></aside>"
        #expect(try F.article(F.page(aside: aside)).text?.string == F.expectedText)
    }

    @Test func alsoReadAndAdvertisementLinesInsideTheBodyAreDropped() throws {
        let story = """
            <p>\(F.paragraphs[0])</p><p>Also read: <a href="/x">Harbour fees to double next year</a></p>
            <div class="ad"><p>Advertisement</p></div><p>\(F.paragraphs[1])</p><p>ADVERTISEMENT</p><p>\(F.paragraphs[2])</p>
            """
        #expect(try F.article(F.page(story: story)).text?.string == F.expectedText)
    }

    @Test func bylineAndDateGoToMetadata() throws {
        let before = "<p class=\"byline\">By <a rel=\"author\" href=\"/jane\">Jane Doe</a></p><time datetime=\"2025-03-04T09:30:00Z\">4 March 2025</time>"
        let document = try F.article(F.page(before: before))
        #expect(document.text?.string == F.expectedText)
        #expect(document.metadata["authors"] == ["Jane Doe"])
        #expect(document.metadata["published"] == "2025-03-04T09:30:00Z")
    }

    @Test func captionsAndCreditsAreDropped() throws {
        let before = "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>The old harbour at dawn. Photo: John Smith/Reuters</figcaption></figure>"
        #expect(try F.article(F.page(before: before)).text?.string == F.expectedText)
    }

    @Test func listsTablesQuotesAndHeadingsInTheBodyAreKept() throws {
        let story = """
            <p>\(F.paragraphs[0])</p><h2>What changes</h2><ul><li>Four new berths for container ships</li>\
            <li>A longer breakwater on the north side</li></ul><blockquote><p>“This is the most important decision \
            the council has taken in a generation,” the mayor said.</p></blockquote><p>\(F.paragraphs[1])</p>\
            <table><tr><th>Year</th><th>Ships</th></tr><tr><td>2023</td><td>1,200</td></tr></table><p>\(F.paragraphs[2])</p>
            """
        let text = try #require(try F.article(F.page(story: story)).text?.string)
        for part in ["What changes", "Four new berths for container ships", "A longer breakwater on the north side",
                     "the most important decision", "Year\tShips", "2023\t1,200"] + F.paragraphs {
            #expect(text.contains(part), "\(part)")
        }
    }

    @Test func aTableOrListClosingTheArticleIsKept() throws {
        let story = F.body + "<table><tr><th>Year</th><th>Ships</th></tr><tr><td>2023</td><td>1,200</td></tr></table>"
            + "<ul><li>Four new berths</li><li>A longer breakwater</li></ul><h3>More on this</h3>"
        let text = try #require(try F.article(F.page(story: story)).text?.string)
        #expect(text == F.expectedText + "\n\nYear\tShips\n\n2023\t1,200\n\nFour new berths\n\nA longer breakwater")
    }

    @Test func leadParagraphInASiblingElementJoins() throws {
        let lead = "In a vote that surprised many observers, the council backed the largest public project the town has seen."
        let related = (1...8).map { "<li><a href=\"/r/\($0)\">Another story about ferries and fares, number \($0)</a></li>" }
        let html = """
            <html><body>\(F.menu)<article><h1>Council backs harbour plan</h1><div class="lead"><p>\(lead)</p></div>
            <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
            <div class="article-body">\(F.body)</div><div class="more"><ul>\(related.joined())</ul></div></article>\(F.footer)</body></html>
            """
        #expect(try F.article(html).text?.string == ([lead] + F.paragraphs).joined(separator: "\n\n"))
    }

    @Test func includeTitlePrependsTheHeadline() throws {
        let text = try F.article(F.page(), includeTitle: true).text?.string
        #expect(text == "Council backs harbour plan\n\n" + F.expectedText)
    }
}
