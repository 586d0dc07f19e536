import Foundation
import SiftCore
import SiftHTML
import Testing

/// Hostile or broken input: each must give a valid document (or a clear StageError), never a crash or hang.
@Suite("HTML bad input")
struct HTMLBadInputTests {
    @Test func emptyAndBlankInput() throws {
        for input in ["", " ", "\n\t\n", "<!-- only a comment -->", "<html></html>", "<!DOCTYPE html>"] {
            let document = try cleanHTML(input)
            #expect(document.text?.string == "", "input \(input.debugDescription)")
        }
        #expect(try cleanPlain(bytes: []).text?.string == "")
    }

    @Test(arguments: [1, 2, 3, 4])
    func binaryJunk(seed: UInt64) throws {
        var bytes = pseudoRandomBytes(count: 200_000, seed: seed)
        bytes.replaceSubrange(0..<4, with: [0, 0, 0, 0])
        let html = try cleanHTML(bytes: bytes)
        let plain = try cleanPlain(bytes: bytes)
        for document in [html, plain] {
            let text = try #require(document.text).string
            #expect(!hasForbiddenControl(text))
            #expect(!text.contains("\u{0}"))
            #expect((document.diagnostics["invalid_utf8_sequences"]?.intValue ?? 0) > 1000)
        }
    }

    @Test func nulBytesInsideMarkup() throws {
        let bytes = Array("<p>a".utf8) + [0] + Array("b</p><p>after".utf8) + [0, 0] + Array("</p>".utf8)
        let text = try cleanHTML(bytes: bytes).text?.string
        #expect(text == "a b\n\nafter")
    }

    @Test func controlsAtEveryPositionOfAWord() throws {
        // The repair pass scans ASCII eight bytes at a time: put a control at each offset of a word.
        for offset in 0..<16 {
            var bytes = Array("<p>abcdefghijklmnopqrstuvwxyz</p>".utf8)
            bytes[3 + offset] = UInt8(offset % 2 == 0 ? 0x00 : 0x1B)
            let text = try #require(try cleanHTML(bytes: bytes).text).string
            #expect(!hasForbiddenControl(text) && text.utf8.count == (offset == 0 ? 25 : 26), "offset \(offset): \(text.debugDescription)")
        }
        let trailing = try cleanHTML(bytes: Array("<p>ok</p>".utf8) + [0xE2, 0x82]).diagnostics["invalid_utf8_sequences"]
        #expect(trailing == .integer(1))
    }

    @Test func unclosedAndMisnestedTags() throws {
        #expect(try htmlText("<p>one<p>two<div>three") == "one\n\ntwo\n\nthree")
        #expect(try htmlText("<b><i>bold italic</b> italic?</i> plain") == "bold italic italic? plain")
        #expect(try htmlText("<p>text <a href='x>broken attr</p>").hasPrefix("text"))
        #expect(try htmlText("<table><td>cell<tr>row") == "cell\n\nrow")
        #expect(try htmlText("</p></div>stray closers</span>") == "stray closers")
        #expect(try htmlText("<p>open comment <!-- never closed").hasPrefix("open comment"))
        #expect(try htmlText("<script>never closed <p>not text") == "")
    }

    @Test func onlyAScript() throws {
        let document = try cleanHTML("<script>document.write('<p>hello</p>'); var x = 1;</script>")
        #expect(document.text?.string == "")
    }

    @Test(arguments: ["div", "span", "b", "table", "li", "pre", "font size=1"])
    func deepNesting(tag: String) throws {
        let depth = 100_000
        var html = String(repeating: "<\(tag)>", count: depth)
        html += "deep text"
        let document = try cleanHTML(html)
        let text = try #require(document.text).string
        #expect(text == "deep text")
    }

    @Test func deepNestingWithTextAtEveryLevel() throws {
        let html = String(repeating: "<div>x<span>y", count: 50_000)
        let extraction = try HTMLExtractor().extract(Array(html.utf8))
        #expect(extraction.maxDepth >= 100_000)
        #expect(extraction.blocks.count == 50_000)
        #expect(extraction.text.hasPrefix("xy\n\nxy"))
    }

    @Test func strayEndTagsUnderDeepNestingStopInBoundedTime() throws {
        // libxml2 rescans the open-element stack for every stray end tag: quadratic without the budget.
        let html = String(repeating: "<div>", count: 100_000) + String(repeating: "</span>", count: 200_000)
        let started = Date()
        do {
            _ = try cleanHTML(html)
            Issue.record("expected limit_exceeded")
        } catch let error as StageError {
            #expect(error.code == "limit_exceeded")
            #expect(error.message.contains("too costly"))
        }
        #expect(Date().timeIntervalSince(started) < 30)
        // A few stray tags at a realistic depth are fine.
        let sloppy = String(repeating: "<div>", count: 40) + "<p>text</p>" + String(repeating: "</span></b>", count: 500)
        #expect(try htmlText(sloppy) == "text")
    }

    @Test func tagsWithHugeAttributeCountsAreCapped() throws {
        // libxml2 compares every attribute of a tag with all earlier ones: quadratic without the cap.
        let attributes = (0..<200_000).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
        let html = "<p class=kept \(attributes)>text</p><p>more</p><script>if (a<b) { x = \"<i \(attributes)>\" }</script><p>end</p>"
        let started = Date()
        let document = try cleanHTML(html)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(document.text?.string == "text\n\nmore\n\nend")
        #expect(document.diagnostics["html_capped_tags"] == .integer(1))
        #expect(try cleanHTML("<p a=1 b=2>x</p>").diagnostics["html_capped_tags"] == nil)
    }

    @Test func fiftyMegabytePage() throws {
        var html = Array("<html><head><title>Big</title></head><body>".utf8)
        let paragraph = Array("<p>A paragraph with <b>bold</b> text, a <a href='/x'>link</a> &amp; an entity.</p>\n".utf8)
        html.reserveCapacity(50_000_000 + paragraph.count)
        while html.count < 50_000_000 { html.append(contentsOf: paragraph) }
        let started = Date()
        let document = try cleanHTML(bytes: html)
        let seconds = Date().timeIntervalSince(started)
        let text = try #require(document.text)
        let paragraphs = (50_000_000 - 44) / paragraph.count + 1
        let expected = "A paragraph with bold text, a link & an entity."
        #expect(text.count == paragraphs * expected.utf16.count + (paragraphs - 1) * 2)
        #expect(text.string.hasSuffix("\n\n" + expected))
        #expect(document.metadata["title"] == .string("Big"))
        #expect(seconds < 120, "50 MB took \(seconds) s")
    }

    @Test func invalidUTF8DoesNotSwitchTheRestToLatin1() throws {
        // libxml2 2.9 reads the rest of a page as Latin-1 after a bad byte; repair happens first.
        let bytes = Array("<p>bad \u{0}".utf8) + [0xFF] + Array(" then ünïcödé 😀</p>".utf8)
        let document = try cleanHTML(bytes: bytes)
        #expect(document.text?.string == "bad \u{FFFD} then ünïcödé 😀")
        #expect(document.diagnostics["invalid_utf8_sequences"] == .integer(1))
    }

    @Test func manyThreadsAtOnce() async throws {
        let stage = try HTMLCleanupStage()
        let pages = (0..<64).map { "<html lang=en><title>Page \($0)</title><p>Text \($0) <b>bold</b></p><script>x</script></html>" }
        let texts = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, page) in pages.enumerated() {
                group.addTask {
                    var document = Document(id: "\(index)", source: SourceInfo(path: "<test>"), raw: .html(Array(page.utf8)))
                    try stage.process(&document)
                    return (index, document.text?.string ?? "")
                }
            }
            var results = [String](repeating: "", count: pages.count)
            for try await (index, text) in group { results[index] = text }
            return results
        }
        for (index, text) in texts.enumerated() { #expect(text == "Text \(index) bold") }
    }
}
