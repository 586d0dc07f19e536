import SiftCore
import SiftHTML
import SiftJSON
import Testing

@Suite("HTML metadata: title, description, language")
struct HTMLMetadataTests {
    let page = """
        <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
        <title>  The   Title &amp; More </title>
        <meta name="Description" content=" A page   about things. ">
        <meta property="og:title" content="OG title"><meta property="og:description" content="OG description">
        </head><body><p>Body text.</p></body></html>
        """

    @Test func titleDescriptionAndLanguageAreMetadata() throws {
        let document = try cleanHTML(page)
        #expect(document.metadata["title"] == .string("The Title & More"))
        #expect(document.metadata["description"] == .string("A page about things."))
        #expect(document.metadata["language"] == .string("en-GB"))
        // The title is not part of the text by default.
        #expect(document.text?.string == "Body text.")
    }

    @Test func includeTitlePrependsIt() throws {
        let document = try cleanHTML(page, .init(includeTitle: true))
        #expect(document.text?.string == "The Title & More\n\nBody text.")
        #expect(try htmlText("<title>Only</title>", .init(includeTitle: true)) == "Only")
    }

    @Test func openGraphAndTwitterAreFallbacks() throws {
        let html = """
            <head><meta name="twitter:title" content="TW title"><meta property="og:title" content="OG title">
            <meta name="twitter:description" content="TW description"></head><p>x</p>
            """
        let document = try cleanHTML(html)
        #expect(document.metadata["title"] == .string("OG title"))
        #expect(document.metadata["description"] == .string("TW description"))
        #expect(document.metadata["language"] == nil)
    }

    @Test func absentOrEmptyMetadataIsNotSet() throws {
        let document = try cleanHTML("<html lang=''><title>   </title><p>x</p></html>")
        #expect(document.metadata["title"] == nil)
        #expect(document.metadata["description"] == nil)
        #expect(document.metadata["language"] == nil)
    }

    @Test func inputMetadataIsKept() throws {
        var document = Document(id: "d", source: SourceInfo(path: "<test>"), raw: .html(Array(page.utf8)),
                                metadata: JSONObject([("title", .string("From the input"))]))
        try HTMLCleanupStage().process(&document)
        #expect(document.metadata["title"] == .string("From the input"))
        #expect(document.metadata["description"] == .string("A page about things."))
    }

    @Test func svgTitleIsNotThePageTitle() throws {
        let document = try cleanHTML("<body><svg><title>icon</title></svg><p>x</p><title>Late title</title></body>")
        #expect(document.metadata["title"] == .string("Late title"))
        #expect(document.text?.string == "x")
    }
}
