import Dispatch
import Foundation
import SiftCore
import SiftJSON
import SiftSentiment
import Testing

/// The stage: sentence scores over the sentences layer, the document score, output JSON, bad input, threads.
@Suite struct SentimentStageTests {
    @Test func scoresEverySentenceLikeTheScorer() throws {
        let text = "The food was good. The service was terrible!\n\nI 💘 this place :)"
        let document = try SentimentTestSupport.document(text, stage: SentimentTestSupport.stage())
        let layer = try document.require(SentimentLayer.self)
        let documentText = try document.requireText()
        #expect(layer.sentences.count == 3)
        for sentence in layer.sentences {
            let expected = SentimentTestSupport.score(documentText.substring(sentence.span))
            #expect(sentence.compound == expected.compound && sentence.pos == expected.pos)
            #expect(sentence.neu == expected.neu && sentence.neg == expected.neg)
            #expect(sentence.explanation?.isEmpty == false)
        }
        #expect(layer.sentences.map(\.compound) == [0.4404, -0.5255, 0.802])
        #expect(layer.document.method == "weighted_mean")
    }

    @Test func emptyDocumentIsNeutral() throws {
        let document = try SentimentTestSupport.document("", stage: SentimentTestSupport.stage())
        let layer = try document.require(SentimentLayer.self)
        #expect(layer.sentences.isEmpty)
        #expect(layer.document == DocumentSentiment(compound: 0, pos: 0, neu: 0, neg: 0, method: "weighted_mean"))
        var writer = JSONWriter()
        layer.writeJSON(to: &writer, text: try document.requireText())
        #expect(writer.string == #"{"document":{"compound":0,"pos":0,"neu":0,"neg":0,"method":"weighted_mean"},"sentences":[]}"#)
    }

    @Test func documentScoreDoesNotDriftOnLongTexts() throws {
        let text = Array(repeating: "The food was good.", count: 200).joined(separator: " ")
        let mean = try SentimentTestSupport.document(text, stage: SentimentTestSupport.stage(.init(explain: false)))
        let concat = try SentimentTestSupport.document(text, stage: SentimentTestSupport.stage(.init(explain: false, documentScore: "vader_concat")))
        let meanScore = try mean.require(SentimentLayer.self).document
        let concatScore = try concat.require(SentimentLayer.self).document
        #expect(meanScore.compound == 0.4404, "a text of identical sentences scores like one of them")
        #expect(meanScore.pos == 0.492 && meanScore.neu == 0.508)
        #expect(concatScore.compound > 0.999, "VADER on the whole text saturates")
        #expect(concatScore.method == "vader_concat")
        #expect(try mean.require(SentimentLayer.self).sentences.allSatisfy { $0.explanation == nil })
    }

    @Test func weightedMeanWeighsSentencesByTokens() throws {
        // 4 word tokens (the period is punctuation) at 0.4404 and 1 at -0.5423 ("Terrible!").
        let document = try SentimentTestSupport.document("The food was good. Terrible!", stage: SentimentTestSupport.stage())
        let layer = try document.require(SentimentLayer.self)
        let expected = (4 * layer.sentences[0].compound + 1 * layer.sentences[1].compound) / 5
        #expect(abs(layer.document.compound - expected) < 1e-4)
    }

    @Test func outputUsesCodePointOffsetsAndMatchesTheShape() throws {
        let text = "😁😁 Great! Bad."
        let document = try SentimentTestSupport.document(text, stage: SentimentTestSupport.stage())
        let layer = try document.require(SentimentLayer.self)
        var writer = JSONWriter()
        layer.writeJSON(to: &writer, text: try document.requireText())
        let json = try JSONParser().parse(writer.string)
        let sentences = try #require(json.objectValue?["sentences"]?.arrayValue)
        let scalars = Array(text.unicodeScalars)
        let covered = sentences.map { sentence -> String in
            let start = sentence.objectValue?["start"]?.intValue ?? 0, end = sentence.objectValue?["end"]?.intValue ?? 0
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        #expect(covered == layer.sentences.map { document.text!.substring($0.span) })
        let cue = try #require(sentences.last?.objectValue?["explanation"]?.arrayValue?.first?.objectValue)
        #expect(cue.keys == ["term", "valence", "rule", "weight"])
        #expect(cue["term"] == "bad" && cue["rule"] == "lexicon")
    }

    @Test func outputMatchesTheOutputSchema() throws {
        let url = VaderFixture.repositoryRoot.appendingPathComponent("Schemas/output.schema.json")
        let schema = try JSONParser().parse(Array(try Data(contentsOf: url)))
        let property = try #require(schema.objectValue?["$defs"]?.objectValue?["result"]?.objectValue?["properties"]?.objectValue?["sentiment"])
        let text = "VADER is VERY SMART, handsome, and FUNNY!!! But the plot was not good :( \n\nIt is the shit?? 😁 Kind of bad."
        for options in [SentimentStage.Options(), .init(explain: false, documentScore: "vader_concat")] {
            let document = try SentimentTestSupport.document(text, stage: SentimentTestSupport.stage(options))
            var writer = JSONWriter()
            try document.require(SentimentLayer.self).writeJSON(to: &writer, text: try document.requireText())
            let problems = JSONSchemaValidator(schema: property).validate(try JSONParser().parse(writer.string))
            #expect(problems.isEmpty, "\(problems)")
        }
        #expect(!JSONSchemaValidator(schema: property).validate(["document": [:], "sentences": [["start": 0]]]).isEmpty)
    }

    @Test func megabyteSentenceFinishesInBoundedTime() throws {
        let words = ["good", "but", "not", "very", "bad", "😁", "kind", "of", "NEVER", "so", "great!!!", "the", "shit"]
        var text = ""
        var index = 0
        while text.utf8.count < 1_000_000 {
            text += words[index % words.count] + " "
            index = (index * 7 + 3) % 1009
        }
        let document = SentimentTestSupport.oneSentenceDocument(text)
        for explain in [false, true] {
            var copy = document
            let elapsed = try ContinuousClock().measure {
                try SentimentTestSupport.stage(.init(explain: explain)).process(&copy)
            }
            let layer = try copy.require(SentimentLayer.self)
            #expect(layer.sentences.count == 1)
            #expect(abs(layer.sentences[0].compound) <= 1)
            // Linear: ~0.01 s in release, a few seconds in a debug build; a quadratic step would take hours.
            #expect(elapsed < .seconds(60), "1 MB sentence took \(elapsed)")
        }
        let sameValence = Array(repeating: "good", count: 100_000).joined(separator: " ") + " but " + Array(repeating: "good", count: 100_000).joined(separator: " ")
        let elapsed = ContinuousClock().measure { _ = SentimentTestSupport.score(sameValence) }
        #expect(elapsed < .seconds(60), "200,000 equal valences around a 'but' took \(elapsed)")
    }

    @Test func concurrentProcessingGivesTheSameResults() throws {
        let stage = try SentimentTestSupport.stage()
        let texts = (0..<64).map { "Doc \($0): the food was \(["good", "bad", "not great", "VERY nice"][$0 % 4])! But the service 😁 was kind of slow." }
        let documents = try texts.map { try SentimentTestSupport.document($0, stage: stage) }
        let expected = try documents.map { try $0.require(SentimentLayer.self) }
        let inputs = documents.map { document -> Document in
            var copy = document
            copy.layers[SentimentLayer.self] = nil
            return copy
        }
        let results = Results(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count * 4) { iteration in
            var document = inputs[iteration % inputs.count]
            try? stage.process(&document)
            results.set(iteration % inputs.count, document.layers[SentimentLayer.self])
        }
        #expect(results.values == expected.map { Optional($0) })
    }

    @Test func sentencesOutsideTheTextAreInvalidInput() throws {
        var document = SentimentTestSupport.oneSentenceDocument("good")
        document.layers[SentencesLayer.self] = Sentences([Sentence(span: TextSpan(start: 0, end: 40), tokens: 0..<1)])
        let error = #expect(throws: StageError.self) { try SentimentTestSupport.stage().process(&document) }
        #expect(error?.code == "invalid_input")
        var noSentences = Document(text: "good")
        noSentences.setText("good")
        #expect(throws: StageError.missingLayer(TokensLayer.name)) { try SentimentTestSupport.stage().process(&noSentences) }
    }

    @Test func optionDefaultsAndDescriptor() throws {
        let decoded = try JSONValueDecoder().decode(SentimentStage.Options.self, from: [:]).value
        #expect(decoded == SentimentStage.Options())
        #expect(decoded.lexicon == nil && decoded.explain && decoded.documentScore == "weighted_mean")
        let descriptor = SentimentStage.descriptor
        #expect(descriptor.id == "sentiment.vader.v1" && descriptor.aliases == ["sentiment"])
        #expect(descriptor.requires == [.text, TokensLayer.name, SentencesLayer.name])
        #expect(descriptor.provides == [SentimentLayer.name])
        #expect(descriptor.options.map(\.name) == ["lexicon", "extra_lexicons", "emoji_lexicon", "explain", "document_score"])
        for example in descriptor.examples {
            let stage = try SentimentTestSupport.stage(try JSONValueDecoder().decode(SentimentStage.Options.self, from: example.options).value)
            let document = try SentimentTestSupport.document(example.text, stage: stage)
            let layer = try document.require(SentimentLayer.self)
            #expect(layer.spans.map { document.text!.substring($0) } == example.expected["sentiment"], "\(example.text)")
        }
    }
}

/// Results written from several threads.
final class Results: @unchecked Sendable {
    // Guarded by `lock`; the only mutable state.
    private var storage: [SentimentScores?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: SentimentScores?) {
        lock.lock()
        defer { lock.unlock() }
        storage[index] = value
    }

    var values: [SentimentScores?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
