import Foundation
import SiftCore
import SiftHTML
import Testing

/// Every page of the shared extraction corpus (`../shared/corpora/dev/extraction/html`; skipped when absent).
@Suite("HTML corpus")
struct HTMLCorpusTests {
    @Test(.enabled(if: SharedCorpus.extractionPages != nil, "shared corpus not found"))
    func everyPageGivesCleanText() throws {
        let pages = try #require(SharedCorpus.extractionPages)
        #expect(pages.count == 88)
        let stage = try HTMLCleanupStage()
        // Fragments that only appear when script or style content leaks into the text.
        let leaks = [
            "function(", "function (", "});", "var _", "document.write", "window.dataLayer", "gtag(", "googletag.",
            "{display:", "!important", "@media", "@font-face", "<script", "<style", "<!--",
        ]
        var titled = 0
        for page in pages {
            let bytes = try SharedCorpus.gunzip(page)
            var document = Document(id: page.lastPathComponent, source: SourceInfo(path: page.path), raw: .html(bytes))
            try stage.process(&document)
            let text = try #require(document.text, "\(page.lastPathComponent)").string
            #expect(!text.isEmpty, "\(page.lastPathComponent): empty text")
            #expect(!hasForbiddenControl(text), "\(page.lastPathComponent): control character")
            for leak in leaks {
                #expect(!text.contains(leak), "\(page.lastPathComponent): script/style leak '\(leak)'")
            }
            #expect(!text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.contains("\n\n\n"))
            if document.metadata["title"] != nil { titled += 1 }
        }
        #expect(titled >= 80)
    }
}
