import SiftCore
import SiftHTML
import SiftJSON
import Testing

/// Metadata from <meta>, JSON-LD, <link rel=canonical>, <time> and <html lang>; nothing invented.
@Suite("Metadata: authors, dates, canonical URL, site name")
struct ArticleMetadataTests {
    typealias F = ArticleFixtures

    @Test func jsonLDNewsArticle() throws {
        let head = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
             "headline": "Council backs  harbour plan", "datePublished": "2025-03-04T09:30:00+01:00",
             "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
             "publisher": {"@type": "Organization", "name": "Harbour Times"}, "inLanguage": "en-GB",
             "url": "https://example.com/harbour"}</script>
            """
        let document = try F.article(F.page(head: head, lang: ""))
        #expect(document.metadata["title"] == "Council backs harbour plan")
        #expect(document.metadata["authors"] == ["Jane Doe", "John Roe"])
        #expect(document.metadata["published"] == "2025-03-04T09:30:00+01:00")
        #expect(document.metadata["site_name"] == "Harbour Times")
        #expect(document.metadata["language"] == "en-GB")
        #expect(document.metadata["canonical_url"] == "https://example.com/harbour")
    }

    @Test func jsonLDGraphAndTypeArrays() throws {
        let head = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
             {"@type": "WebSite", "name": "Harbour Times", "url": "https://example.com"},
             {"@type": ["Article", "BlogPosting"], "headline": "Council backs harbour plan", "author": "Jane Doe",
              "datePublished": "2025-03-04"}]}</script>
            """
        let document = try F.article(F.page(head: head))
        #expect(document.metadata["authors"] == ["Jane Doe"])
        #expect(document.metadata["published"] == "2025-03-04")
        #expect(document.metadata["site_name"] == "Harbour Times")
    }

    @Test func metaTagsOpenGraphAndDublinCore() throws {
        let head = """
            <meta name="author" content="Jane Doe, Harbour Reporter"><meta property="article:published_time" content="2025-03-04T09:30:00Z">
            <meta property="og:site_name" content="Harbour Times"><meta property="og:url" content="https://example.com/og">
            <meta property="og:title" content="Council backs harbour plan"><meta name="dc.creator" content="John Roe">
            """
        let document = try F.article(F.page(head: head))
        #expect(document.metadata["authors"] == ["Jane Doe", "John Roe"], "role words are not names")
        #expect(document.metadata["published"] == "2025-03-04T09:30:00Z")
        #expect(document.metadata["site_name"] == "Harbour Times")
        #expect(document.metadata["canonical_url"] == "https://example.com/og")
        #expect(document.metadata["language"] == "en")
    }

    @Test func canonicalLinkWinsOverOpenGraph() throws {
        let head = "<link rel=\"canonical\" href=\"https://example.com/c\"><meta property=\"og:url\" content=\"https://example.com/og\">"
        #expect(try F.article(F.page(head: head)).metadata["canonical_url"] == "https://example.com/c")
    }

    @Test func timeElementIsTheLastResortForTheDate() throws {
        let before = "<p>Published <time datetime=\"2025-03-04\">4 March</time></p>"
        #expect(try F.article(F.page(before: before)).metadata["published"] == "2025-03-04")
    }

    @Test func datesThatAreNotISOAreNotRecorded() throws {
        let head = "<meta name=\"date\" content=\"Tuesday, 4 March 2025\"><meta itemprop=\"datePublished\" content=\"0001-01-01T00:00:00Z\">"
        #expect(try F.article(F.page(head: head)).metadata["published"] == nil)
    }

    @Test func urlsAndHandlesAreNotAuthors() throws {
        let head = """
            <meta property="article:author" content="https://www.facebook.com/harbourtimes">
            <meta name="twitter:creator" content="@janedoe"><meta name="author" content="@janedoe">
            """
        #expect(try F.article(F.page(head: head)).metadata["authors"] == nil)
    }

    @Test func nothingIsInventedForABarePage() throws {
        let document = try F.article("<html><body>\(F.body)</body></html>")
        #expect(document.text?.string == F.expectedText)
        for key in ["title", "authors", "published", "canonical_url", "site_name", "language", "description"] {
            #expect(document.metadata[key] == nil, "\(key)")
        }
    }

    @Test func invalidJSONLDIsIgnored() throws {
        let head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": </script>"
        let document = try F.article(F.page(head: head))
        #expect(document.metadata["authors"] == nil)
        #expect(document.text?.string == F.expectedText)
    }

    @Test func doublyEscapedReferencesAreDecoded() throws {
        let head = "<meta property=\"og:title\" content=\"&amp;#8216;Harbour&amp;#8217; plan &amp;amp; more\">"
        #expect(try F.article(F.page(head: head)).metadata["title"] == "‘Harbour’ plan & more")
    }

    @Test func fullModeRecordsMarkupMetadataToo() throws {
        let head = "<meta name=\"author\" content=\"Jane Doe\"><link rel=\"canonical\" href=\"https://example.com/c\">"
        let document = try cleanHTML(F.page(head: head))
        #expect(document.metadata["title"] == "Council backs harbour plan | Harbour Times", "<title> in full mode")
        #expect(document.metadata["authors"] == ["Jane Doe"])
        #expect(document.metadata["canonical_url"] == "https://example.com/c")
    }

    @Test func inputRecordValuesAreKept() throws {
        var document = Document(
            id: "d", source: SourceInfo(path: "<test>"),
            raw: .html(Array(F.page(head: "<meta name=\"author\" content=\"Jane Doe\">").utf8)),
            metadata: JSONObject([("authors", ["From the record"])]))
        try HTMLCleanupStage(options: .init(mode: .article)).process(&document)
        #expect(document.metadata["authors"] == ["From the record"])
    }
}
