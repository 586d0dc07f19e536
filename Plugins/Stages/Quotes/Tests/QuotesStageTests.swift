import QuotesPlugin
import SiftCore
import SiftJSON
import SiftTesting
import Testing

/// The quotation extractor through the test kit: quotes, speakers, and what is left alone.
@Suite struct QuotesStageTests {
    func harness() throws -> StageHarness { try StageHarness(QuotesStage.self) }

    func quotes(_ text: String) throws -> [(quote: String, speaker: String?)] {
        let result = try harness().run(text)
        let value = try #require(result.layer(QuotesLayer.self))
        return value.items.map { (result.text.substring($0.span), $0.speaker.map(result.text.substring)) }
    }

    @Test(arguments: [
        ("“We will rebuild the bridge by June,” said Mayor Ana Ruiz.", "Mayor Ana Ruiz"),
        ("“We will rebuild the bridge by June,” Ruiz said on Tuesday.", "Ruiz"),
        ("“We will rebuild the bridge by June,” she added.", "she"),
        ("Ruiz told reporters: “We will rebuild the bridge by June.”", nil),
        ("Ruiz said: “We will rebuild the bridge by June.”", "Ruiz"),
        ("According to Ludwig van Beethoven, “we will rebuild the bridge by June.”", "Ludwig van Beethoven"),
        ("\"We will rebuild the bridge by June,\" said Ruiz.", "Ruiz"),
        ("„Wir bauen die Brücke bis Juni“, sagte Ruiz.", nil),
        ("«Nous reconstruirons le pont», a déclaré Ruiz.", nil),
    ] as [(String, String?)])
    func attributesSpeakers(text: String, speaker: String?) throws {
        let found = try quotes(text)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.speaker == speaker)
    }

    @Test func theQuoteIsTheTextInsideTheMarks() throws {
        let found = try quotes("He said “  the works are finished  ” twice.")
        #expect(found.map(\.quote) == ["the works are finished"])
    }

    @Test func scareQuotesAndTitlesAreLeftOut() throws {
        #expect(try quotes("The so-called “deal” was signed. She read “Dubliners” again.").isEmpty)
        let result = try StageHarness(QuotesStage.self, options: ["minimum_words": 1]).run("The so-called “deal” was signed.")
        #expect(result.covered(QuotesLayer.name) == ["deal"])
    }

    @Test func aQuotationNeverCrossesABlankLine() throws {
        let text = "“This quotation is never closed.\n\nA new paragraph “with its own closed quotation” follows."
        #expect(try quotes(text).map(\.quote) == ["with its own closed quotation"])
    }

    @Test func multiParagraphQuotationsReopen() throws {
        let text = "“The first paragraph of the statement goes on.\n“The second paragraph ends it,” said Ruiz."
        #expect(try quotes(text).map(\.quote) == ["The second paragraph ends it,"])
    }

    @Test func singleQuotesAreOptIn() throws {
        let text = "‘We never give up on our players,’ said the coach’s deputy Jan Kowalski."
        #expect(try quotes(text).isEmpty)
        let result = try StageHarness(QuotesStage.self, options: ["single_quotes": true]).run(text)
        #expect(result.covered(QuotesLayer.name) == ["We never give up on our players,"])
    }

    @Test func extraSpeechVerbsAreRecognised() throws {
        let text = "“That is the end of the matter,” remarked Ruiz."
        #expect(try quotes(text).first?.speaker == nil)
        let result = try StageHarness(QuotesStage.self, options: ["extra_speech_verbs": ["remarked"]]).run(text)
        #expect(result.layer(QuotesLayer.self)?.items.first?.cue == "remarked")
    }

    @Test func outputHasCodePointOffsetsAndNestedSpeakers() throws {
        let result = try harness().run("😀 “Our numbers are up again,” said Ruiz.")
        #expect(result.json(QuotesLayer.name) == [[
            "start": 3, "end": 28, "text": "Our numbers are up again,",
            "speaker": ["start": 35, "end": 39, "text": "Ruiz"], "cue": "said",
        ]])
        StageExpectations.validSpans(result)
    }

    @Test func badOptionsAreSetupErrors() {
        #expect(throws: (any Error).self) { try StageHarness(QuotesStage.self, options: ["extra_speech_verbs": ["went on"]]) }
        #expect(throws: (any Error).self) { try StageHarness(QuotesStage.self, options: ["minimum_words": 0]) }
    }

    @Test func unbalancedAndHostileInputNeverTraps() throws {
        let harness = try harness()
        for text in ["“", "”", "\"", "“”", "„“", String(repeating: "“a ", count: 5_000), String(repeating: "\" ", count: 5_000), "said: “"] {
            _ = try harness.run(text)
        }
    }
}
