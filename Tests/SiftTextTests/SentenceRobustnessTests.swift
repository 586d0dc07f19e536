import Foundation
import SiftCore
import SiftText
import Testing

/// Empty and odd input, long input, surrogate pairs, invariants, bad token layers.
@Suite struct SentenceRobustnessTests {
    @Test(arguments: ["", " ", "   \n\n\t  ", "\u{2029}\u{2028}"])
    func emptyAndWhitespaceOnlyTextHasNoSentences(_ text: String) throws {
        #expect(try SentenceTestSupport.sentences(text).isEmpty)
    }

    @Test func singleTokens() throws {
        #expect(try SentenceTestSupport.sentences(".") == ["."])
        #expect(try SentenceTestSupport.sentences("Hello") == ["Hello"])
        #expect(try SentenceTestSupport.sentences("  Hi!  ") == ["Hi!"])
    }

    @Test func aMegabyteWithoutPunctuationFinishesFast() throws {
        let text = String(repeating: "lorem ipsum dolor sit amet ", count: 40_000)  // ~1.08 MB
        let started = Date()
        let document = try SentenceTestSupport.document(text)
        let elapsed = Date().timeIntervalSince(started)
        let sentences = try document.require(SentencesLayer.self).items
        #expect(sentences.count == 1)
        #expect(sentences.first?.tokens == 0..<200_000)
        #expect(elapsed < 10, "took \(elapsed) s")
    }

    @Test func aMegabyteOfPunctuationFinishesFast() throws {
        let text = String(repeating: "U.S. Mr. ... ?! :) 3.5 \n", count: 45_000)
        let started = Date()
        let document = try SentenceTestSupport.document(text)
        let elapsed = Date().timeIntervalSince(started)
        SentenceTestSupport.checkInvariants(try document.require(SentencesLayer.self).items, tokens: try document.require(TokensLayer.self).items)
        #expect(elapsed < 10, "took \(elapsed) s")
    }

    @Test func surrogatePairsKeepOffsetsRight() throws {
        let text = "𝐀𝐁𝐂 is bold 😀. Then 👍🏽 we go! 🇫🇷 Fin."
        let document = try SentenceTestSupport.document(text)
        let documentText = try document.requireText()
        let sentences = try document.require(SentencesLayer.self).items
        #expect(sentences.map { documentText.substring($0.span) } == ["𝐀𝐁𝐂 is bold 😀.", "Then 👍🏽 we go! 🇫🇷", "Fin."])
        // Code-point offsets in the output: "𝐀𝐁𝐂 is bold 😀." is 14 code points (18 UTF-16 units).
        #expect(sentences.first.map { documentText.codePointOffset($0.span.end) } == 14)
        #expect(sentences.first?.span.end == 18)
    }

    @Test func invariantsHoldOnRandomText() throws {
        let pieces = ["Mr.", "U.S.", "word", "Word", "...", "…", "?", "!", ".", "\"", "(", ")", ":)", "😀", "3.5", "\n", "\n\n",
                      " ", "  ", "e.g.", "J.", "no.", "No.", "1.", "-", ",", "www.a.com", "’", "。", "\r\n", "\u{2029}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
                if state & 1 == 0 { text += " " }
            }
            for mode in ["auto", "split", "join"] {
                let document = try SentenceTestSupport.document(text, options: .init(lineBreaks: mode))
                SentenceTestSupport.checkInvariants(
                    try document.require(SentencesLayer.self).items, tokens: try document.require(TokensLayer.self).items)
            }
        }
    }

    @Test func badTokenLayersAreStageErrors() throws {
        let stage = try SentenceTestSupport.stage()
        let text = Array("Hello world.".utf16)
        let outside = [Token(span: TextSpan(start: 0, end: 5), kind: .word), Token(span: TextSpan(start: 6, end: 40), kind: .word)]
        #expect(throws: StageError.self) { try stage.sentences(text, tokens: outside) }
        let overlapping = [Token(span: TextSpan(start: 0, end: 5), kind: .word), Token(span: TextSpan(start: 3, end: 8), kind: .word)]
        #expect(throws: StageError.self) { try stage.sentences(text, tokens: overlapping) }
        let empty = [Token(span: TextSpan(start: 2, end: 2), kind: .word)]
        #expect(throws: StageError.self) { try stage.sentences(text, tokens: empty) }
    }

    @Test func missingTokensLayerIsAStageError() throws {
        var document = Document(text: "Hello.")
        document.setText("Hello.")
        #expect(throws: StageError.missingLayer(TokensLayer.name)) { try SentenceTestSupport.stage().process(&document) }
    }

    @Test func concurrentUseGivesTheSameResult() async throws {
        let stage = try SentenceTestSupport.stage()
        let text = "Mr. Smith left. He ran... Then? Yes! 😀 Done.\nNext line"
        var document = Document(text: text)
        document.setText(text)
        try TokenizeStage().process(&document)
        let tokens = try document.require(TokensLayer.self).items
        let units = Array(text.utf16)
        let expected = try stage.sentences(units, tokens: tokens)
        try await withThrowingTaskGroup(of: [Sentence].self) { group in
            for _ in 0..<16 { group.addTask { try stage.sentences(units, tokens: tokens) } }
            for try await result in group { #expect(result == expected) }
        }
    }
}
