import Testing
@testable import SiftReport

@Suite struct TextHighlighterTests {
    private func span(_ start: Int, _ end: Int, _ level: HighlightSpan.Level, _ name: String, after: String? = nil) -> HighlightSpan {
        var open = HTMLBuffer()
        open.raw(markup: "<\(name)>")
        let close: StaticString = switch level {
        case .sentence: "</s>"
        case .entity: "</e>"
        case .cue: "</c>"
        }
        var afterBuffer: HTMLBuffer?
        if let after {
            afterBuffer = HTMLBuffer()
            afterBuffer?.raw(markup: after)
        }
        return HighlightSpan(start: start, end: end, level: level, open: open, close: close, after: afterBuffer)
    }

    private func render(_ text: String, _ spans: [HighlightSpan]) -> (html: String, skipped: Int) {
        var html = HTMLBuffer()
        let skipped = TextHighlighter.render(text, spans: spans, into: &html)
        return (html.string, skipped)
    }

    @Test func marksSpansAndEscapesTheText() {
        let result = render("Hello <Vladimir Putin> & co.", [span(7, 21, .entity, "e")])
        #expect(result.html == "Hello &lt;<e>Vladimir Putin</e>&gt; &amp; co.")
        #expect(result.skipped == 0)
    }

    /// Offsets count code points: emoji outside the BMP (two UTF-16 units, four UTF-8 bytes), an emoji with a
    /// skin-tone modifier (two code points, one character) and a combining accent (two code points) before entities.
    @Test func offsetsAreCodePoints() {
        let text = "😀😀 Putin 👍🏽 Cafe\u{301} Moscow"
        // 😀=0 😀=1 ' '=2 Putin=3..<8 ' '=8 👍=9 🏽=10 ' '=11 C=12 a f e ◌́=16 ' '=17 Moscow=18..<24
        let result = render(text, [span(3, 8, .entity, "e"), span(18, 24, .entity, "e"), span(12, 17, .cue, "c")])
        #expect(result.html == "😀😀 <e>Putin</e> 👍🏽 <c>Cafe\u{301}</c> <e>Moscow</e>")
        #expect(result.skipped == 0)
    }

    @Test func spanAtTheVeryEndAndStart() {
        #expect(render("Putin", [span(0, 5, .entity, "e")]).html == "<e>Putin</e>")
        #expect(render("a😀", [span(1, 2, .entity, "e")]).html == "a<e>😀</e>")
    }

    @Test func badSpansAreSkippedNeverATrap() {
        let text = "Moscow and Kabul."
        let result = render(text, [
            span(0, 6, .entity, "e"), span(3, 9, .entity, "x"),  // overlaps the first: skipped
            span(11, 16, .entity, "e"), span(11, 13, .entity, "y"),  // nested in the previous: skipped
            span(5, 100, .entity, "z"), span(-1, 2, .entity, "z"), span(4, 4, .entity, "z"), span(6, 3, .entity, "z"),  // out of range, empty, reversed
            span(0, 18, .sentence, "s"),  // one past the end
        ])
        #expect(result.html == "<e>Moscow</e> and <e>Kabul</e>.")
        #expect(result.skipped == 7)
        #expect(render("", [span(0, 1, .entity, "e")]) == ("", 1))
    }

    /// An entity that crosses a sentence boundary is closed and reopened, so the HTML nests properly;
    /// the sentence's `after` markup comes once, after its end.
    @Test func crossingSpansNestProperly() {
        let text = "One two. Three four."
        let result = render(text, [
            span(0, 8, .sentence, "s", after: "<badge/>"), span(9, 20, .sentence, "s"),
            span(4, 14, .entity, "e"), span(4, 7, .cue, "c"), span(10, 12, .cue, "c"),
        ])
        #expect(result.html == "<s>One <e><c>two</c>.</e></s><badge/><e> </e><s><e>T<c>hr</c>ee</e> four.</s>")
        #expect(result.skipped == 0)
    }

    @Test func cuesInsideEntitiesAndAdjacentSpans() {
        let result = render("ab cd", [span(0, 2, .entity, "e"), span(3, 5, .entity, "e"), span(0, 5, .cue, "c")])
        #expect(result.html == "<e><c>ab</c></e><c> </c><e><c>cd</c></e>")
    }
}
