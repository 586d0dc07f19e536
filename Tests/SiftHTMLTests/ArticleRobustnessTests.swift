import Foundation
import SiftCore
import SiftHTML
import SiftJSON
import Testing

/// Article mode on pages without an article, and on unusual page shapes: frames, <noscript>, AMP,
/// malformed markup.
@Suite("Article mode: pages without an article, frames, noscript, AMP")
struct ArticleRobustnessTests {
    typealias F = ArticleFixtures

    func found(_ document: Document) -> Bool? {
        document.metadata["extraction"]?.objectValue?["article_found"]?.boolValue
    }

    @Test func homePageOfLinksHasNoArticle() throws {
        let teasers = (1...30).map { "<li><a href=\"/story/\($0)\">Story number \($0) about the harbour and the town</a></li>" }
        let html = "<html><body>\(F.menu)<h1>Harbour Times</h1><ul>\(teasers.joined())</ul>\(F.footer)</body></html>"
        let document = try F.article(html)
        #expect(document.text?.string == "")
        #expect(found(document) == false)
    }

    @Test func teaserCardsWithSummariesAreNotAnArticle() throws {
        let cards = (1...12).map { index in
            "<div class=\"card\"><h3><a href=\"/s/\(index)\">Headline number \(index) of the day</a></h3>"
                + "<p><a href=\"/s/\(index)\">Read</a> A short summary of story \(index), which is about something else.</p></div>"
        }
        let html = "<html><body>\(F.menu)<main>\(cards.joined())</main>\(F.footer)</body></html>"
        let document = try F.article(html)
        #expect(found(document) == false)
        #expect(document.text?.string == "")
    }

    @Test func notFoundPageHasNoArticle() throws {
        let html = """
            <html><head><title>Page not found</title></head><body>\(F.menu)<h1>404</h1>
            <p>Sorry, the page you are looking for does not exist. Try the search.</p>\(F.footer)</body></html>
            """
        let document = try F.article(html)
        #expect(found(document) == false)
        #expect(document.text?.string == "")
        #expect(document.metadata["title"] == "Page not found")
    }

    @Test func emptyAndTextlessPages() throws {
        for html in ["", "   ", "<html></html>", "<script>var a = 1;</script>", "<img src=x>"] {
            let document = try F.article(html)
            #expect(document.text?.string == "", "\(html.debugDescription)")
            #expect(found(document) == false)
        }
    }

    @Test func malformedMarkupStillGivesTheStory() throws {
        let story = F.paragraphs.map { "<p>\($0)" }.joined() // unclosed paragraphs
        let html = "<html><body><div class=nav><a href=/>Home</a><a href=/x>World</a></div><div><b>\(story)</div></span></i></body>"
        let text = try #require(try F.article(html).text?.string)
        #expect(text == F.expectedText)
    }

    @Test func framesetUsesItsNoframesFallback() throws {
        let html = """
            <html><head><title>Frames</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html">
            <noframes><body>\(F.body)</body></noframes></frameset></html>
            """
        let document = try F.article(html)
        #expect(document.text?.string == F.expectedText)
        #expect(found(document) == true)
        #expect(try cleanHTML(html).text?.string == "", "full mode keeps today's behaviour: noframes dropped")
    }

    @Test func framesetWithoutFallbackIsFlagged() throws {
        let document = try F.article("<html><frameset><frame src=a.html><frame src=b.html></frameset></html>")
        #expect(document.text?.string == "")
        #expect(found(document) == false)
    }

    @Test func scriptRenderedPageUsesItsNoscriptFallback() throws {
        let html = """
            <html><body><div id="app"></div><script>render()</script>
            <noscript><article>\(F.body)</article></noscript></body></html>
            """
        let document = try F.article(html)
        #expect(document.text?.string == F.expectedText)
    }

    @Test func noscriptIsIgnoredWhenThePageHasItsArticle() throws {
        let html = F.page(after: "<noscript><p>Please enable JavaScript to see the comments below this story.</p></noscript>")
        #expect(try F.article(html).text?.string == F.expectedText)
    }

    @Test func ampPage() throws {
        let html = """
            <!doctype html><html ⚡ lang="en"><head><title>Council backs harbour plan</title>
            <link rel="canonical" href="https://example.com/harbour"></head><body>
            <amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
            <li><a href="/sport">Sport</a></li></ul></amp-sidebar>
            <header><a href="/">Harbour Times</a></header><article><h1>Council backs harbour plan</h1>
            <amp-img src="a.jpg" width="600" height="400" layout="responsive"></amp-img>\(F.body)
            <amp-social-share type="twitter"></amp-social-share><amp-ad type="doubleclick" data-slot="/1/a">
            <div fallback><p>Advertisement</p></div></amp-ad></article></body></html>
            """
        let document = try F.article(html)
        #expect(document.text?.string == F.expectedText)
        #expect(document.metadata["canonical_url"] == "https://example.com/harbour")
    }

    @Test func plainTextWithoutProseIsKeptButFlagged() throws {
        let document = try F.plainArticle("Shopping list for the long weekend\n\nMilk and eggs from the farm shop")
        #expect(found(document) == false)
        #expect(document.text?.string == "Shopping list for the long weekend\n\nMilk and eggs from the farm shop")
        #expect(try F.plainArticle("Milk\nEggs\n\nBread").text?.string == "", "a run of three short lines is a menu")
    }

    @Test func teaserCardsWithPlainSummariesAreNotAnArticle() throws {
        let cards = (1...12).map { index in
            "<div class=\"card\"><a href=\"/s/\(index)\"><h3>Headline number \(index) of the day</h3></a>"
                + "<p>A short summary of story \(index), which is about something else entirely.</p></div>"
        }
        let html = "<html><body>\(F.menu)<main>\(cards.joined())</main>\(F.footer)</body></html>"
        let document = try F.article(html)
        #expect(found(document) == false)
        #expect(document.text?.string == "")
    }

    @Test func chineseArticleWithoutSpaces() throws {
        let paragraphs = [
            "市议会周二投票决定扩建港口，结束了持续两年多的辩论。支持者表示，该项目将带来数千个就业机会。",
            "老城区的居民担心噪音和交通问题，但议会认为港口的扩建对城市的未来至关重要。",
            "预计明年春天开始施工，第一批新泊位将在二零二七年底之前向船只开放。",
        ]
        let html = F.page(story: paragraphs.map { "<p>\($0)</p>" }.joined(), lang: "zh")
        let document = try F.article(html)
        #expect(document.text?.string == paragraphs.joined(separator: "\n\n"))
        #expect(found(document) == true)
        let plain = try F.plainArticle((["首页", "国际", "财经"] + paragraphs).joined(separator: "\n\n"))
        #expect(plain.text?.string == paragraphs.joined(separator: "\n\n"))
    }

    @Test func hostileShapesStayFast() throws {
        let started = Date()
        // Deep nesting with text at every level, nested furniture, many teasers and lines. A page may
        // also be refused as too costly to parse (limit_exceeded): an error record, never a hang.
        for html in [
            String(repeating: "<div>x<span>y", count: 50_000),
            String(repeating: "<div class=\"share\"><p>Share this story with your friends now</p>", count: 20_000),
            String(repeating: "<article><p>A paragraph of running text, long enough to count here.</p>", count: 20_000),
        ] {
            do {
                _ = try F.article(html)
            } catch let error as StageError {
                #expect(error.code == "limit_exceeded")
            }
        }
        let teaser = "The council voted on Tuesday to expand the harbour, ending a debate that had lasted…"
        _ = try F.plainArticle(Array(repeating: teaser, count: 20_000).joined(separator: "\n"))
        _ = try F.plainArticle(Array(repeating: "Home", count: 200_000).joined(separator: "\n"))
        #expect(Date().timeIntervalSince(started) < 30)
    }
}
