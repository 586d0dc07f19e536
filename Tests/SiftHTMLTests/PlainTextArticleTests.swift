import Foundation
import SiftCore
import SiftHTML
import Testing

/// Article mode on plain text copied from pages: each line rule alone, and the seeds 000 and 001.
@Suite("Article mode: plain text")
struct PlainTextArticleTests {
    typealias F = ArticleFixtures

    let story = [
        "The council voted on Tuesday to expand the harbour, ending a long debate.",
        "Construction is expected to start next spring, officials said.",
    ]

    func article(_ lines: [String]) throws -> String {
        try F.plainArticle(lines.joined(separator: "\n\n")).text?.string ?? "<no text>"
    }

    @Test func menuRunsAreDropped() throws {
        #expect(try article(["Home", "World", "Business", "Sport", "Council backs harbour plan"] + story)
            == (["Council backs harbour plan"] + story).joined(separator: "\n\n"))
    }

    @Test func aShortInBodyHeadingIsKept() throws {
        let lines = [story[0], "What changes", story[1]]
        #expect(try article(lines) == lines.joined(separator: "\n\n"))
    }

    @Test(arguments: [
        "Also read: Ferry prices rise again", "Read more: the harbour in numbers", "Related: Port strike ends",
        "© 2025 Harbour Times", "2025 Harbour Times Ltd | All rights reserved", "Share this article",
        "Subscribe to our newsletter for more", "Advertisement",
    ])
    func furnitureLinesAreDropped(line: String) throws {
        #expect(try article([story[0], line, story[1]]) == story.joined(separator: "\n\n"), "\(line)")
    }

    @Test func bylinesAreDroppedAndNamed() throws {
        let document = try F.plainArticle((["By Jane Doe", "Jane Doe Avatar", "By"] + story).joined(separator: "\n\n"))
        #expect(document.text?.string == story.joined(separator: "\n\n"))
        #expect(document.metadata["authors"] == ["Jane Doe"])
    }

    @Test func datelinesAndSlugsAreDropped() throws {
        let lines = ["council-backs-harbour-plan-after-long-debate", "Harbour Times - Oslo - UPDATED: July 4, 2025, 11:47 AM - 2 min read"]
        #expect(try article(lines + story) == story.joined(separator: "\n\n"))
    }

    @Test func aTeaserRepeatedInFullKeepsTheFullParagraph() throws {
        let full = "The council voted on Tuesday to expand the harbour, ending a debate that had lasted for more than two years."
        let teaser = "The council voted on Tuesday to expand the harbour, ending a debate…"
        #expect(try article(["Council backs harbour plan", teaser, full, story[1]])
            == ["Council backs harbour plan", full, story[1]].joined(separator: "\n\n"))
    }

    @Test func repeatedLinesAreKeptOnce() throws {
        #expect(try article(["Council backs harbour plan", "Council backs harbour plan"] + story)
            == (["Council backs harbour plan"] + story).joined(separator: "\n\n"))
    }

    @Test func footerAfterTheLastParagraphIsDropped() throws {
        #expect(try article(story + ["About us Contact Privacy Policy Terms", "logo"]) == story.joined(separator: "\n\n"))
    }

    @Test func fullModeKeepsEveryLine() throws {
        #expect(try plainText("Home\nWorld\nSport\n\nAlso read: x") == "Home\nWorld\nSport\n\nAlso read: x")
    }

    // MARK: - Seeds (../shared/corpora/seeds; skipped when absent)

    static func seed(_ prefix: String) -> String? {
        let folder = SharedCorpus.root.appendingPathComponent("seeds")
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: folder.path).first(where: { $0.hasPrefix(prefix) }),
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Paragraph-sized lines of the cleaned text.
    func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: true) }

    @Test(.enabled(if: seed("000_") != nil, "seeds not found"))
    func seed000() throws {
        let raw = try #require(Self.seed("000_"))
        let text = try #require(try F.plainArticle(raw).text?.string)
        let kept = lines(text)
        // The headline once, then eight paragraphs; no byline, avatar or truncated teaser.
        #expect(kept.first == "Russia Grants Recognition to Taliban Government of Afghanistan")
        #expect(kept.count == 8)
        #expect(!kept.contains { $0.hasSuffix("…") || $0 == "By" || $0.hasSuffix("Avatar") })
        #expect(kept.filter { $0.hasPrefix("Russia Grants Recognition") }.count == 1)
        // Every paragraph of the source that ends a sentence survives.
        for line in lines(raw) where line.hasSuffix(".") || line.hasSuffix("”") {
            #expect(text.contains(line.trimmingCharacters(in: .whitespaces)), "\(line.prefix(40))")
        }
    }

    @Test(.enabled(if: seed("001_") != nil, "seeds not found"))
    func seed001() throws {
        let raw = try #require(Self.seed("001_"))
        let text = try #require(try F.plainArticle(raw).text?.string)
        let kept = lines(text)
        #expect(kept.first == "Russia becomes first country to officially recognise Taliban rule")
        for junk in ["Home", "Nation", "Trending:", "International", "TOP CATEGORIES", "QUICK LINKS", "logo"] {
            #expect(!kept.contains { $0 == junk }, "\(junk)")
        }
        #expect(!text.contains("Also read"))
        #expect(!text.contains("All rights reserved"))
        #expect(!text.contains("min read"))
        #expect(!text.contains("russia-becomes-first-country"))
        for line in lines(raw) where line.count > 150 && !line.hasPrefix("Also read") {
            #expect(text.contains(line.trimmingCharacters(in: .whitespaces)), "\(line.prefix(40))")
        }
        #expect(kept.last?.hasPrefix("Yet for the Kremlin") == true)
    }
}
