import SiftCore
import SiftEvaluation
import SiftJSON
import Testing

/// The scorer's definitions on small hand-made documents.
@Suite struct SegmentationScorerTests {
    func spans(_ pairs: [(Int, Int)]) -> [CodePointSpan] { pairs.map { CodePointSpan(start: $0.0, end: $0.1) } }

    @Test func spanScoreArithmetic() {
        var score = SpanScore()
        score.add(predicted: Set([1, 2, 3, 4]), gold: Set([2, 3, 5]))
        #expect(score == SpanScore(truePositives: 2, predicted: 4, gold: 3))
        #expect(score.precision == 0.5)
        #expect(abs(score.recall - 2.0 / 3.0) < 1e-12)
        #expect(abs(score.f1 - 4.0 / 7.0) < 1e-12)
        #expect(SpanScore().f1 == 1, "nothing expected, nothing predicted")
        #expect(SpanScore(truePositives: 0, predicted: 0, gold: 3).f1 == 0)
        #expect(score + score == SpanScore(truePositives: 4, predicted: 8, gold: 6))
    }

    @Test func boundariesAreTrimmedEndsWithoutTheFinalOne() {
        //            0         1         2
        //            0123456789012345678901234
        let text = "One two.  Three four.\n\n "
        let scalars = Array(text.unicodeScalars)
        // Untrimmed sentences (trailing spaces, a blank line) give the same boundaries as trimmed ones.
        let untrimmed = SegmentationScorer.boundaries(spans([(0, 10), (10, 24)]), in: scalars)
        let trimmed = SegmentationScorer.boundaries(spans([(0, 8), (10, 21)]), in: scalars)
        #expect(untrimmed == [8])
        #expect(trimmed == [8])
        #expect(SegmentationScorer.boundaries(spans([(0, 21)]), in: scalars).isEmpty)
        #expect(SegmentationScorer.trim(CodePointSpan(start: 8, end: 10), in: scalars) == nil)
    }

    @Test func scoringOneDocument() {
        let text = "Hi there. Bye now."
        let gold = GoldDocument(
            id: "d", text: text, sentences: spans([(0, 9), (10, 18)]),
            tokens: spans([(0, 2), (3, 8), (8, 9), (10, 13), (14, 17), (17, 18)]),
            words: spans([(0, 2), (3, 8), (8, 9), (10, 13), (14, 17), (17, 18)]))
        let perfect = SegmentationScorer().score(gold, tokens: gold.tokens, sentences: gold.sentences)
        #expect(perfect.tokens.f1 == 1 && perfect.boundaries.f1 == 1 && perfect.sentences.f1 == 1)
        #expect(perfect.boundaries == SpanScore(truePositives: 1, predicted: 1, gold: 1))

        let oneSentence = SegmentationScorer().score(gold, tokens: spans([(0, 2), (3, 9)]), sentences: spans([(0, 18)]))
        #expect(oneSentence.boundaries == SpanScore(truePositives: 0, predicted: 0, gold: 1))
        #expect(oneSentence.sentences == SpanScore(truePositives: 0, predicted: 1, gold: 2))
        #expect(oneSentence.tokens == SpanScore(truePositives: 1, predicted: 2, gold: 6))
    }

    @Test func codePointOffsetsWithSurrogatePairs() throws {
        let text = "😀 Hi. Yo."
        let gold = GoldDocument(id: "e", text: text, sentences: spans([(0, 5), (6, 9)]), tokens: [], words: [])
        let report = SegmentationScorer().score([gold]) { text in
            var document = Document(text: text)
            document.setText(text)
            // UTF-16: "😀" is two units, so the first sentence ends at 6 in UTF-16, 5 in code points.
            document.layers[SentencesLayer.self] = Sentences([
                Sentence(span: TextSpan(start: 0, end: 6), tokens: 0..<0), Sentence(span: TextSpan(start: 7, end: 10), tokens: 0..<0),
            ])
            return document
        }
        #expect(report.boundaries.f1 == 1)
        #expect(report.sentences.f1 == 1)
    }

    @Test func failuresCountAsMisses() {
        struct Boom: Error {}
        let gold = GoldDocument(id: "f", text: "A. B.", sentences: spans([(0, 2), (3, 5)]), tokens: spans([(0, 1)]), words: [])
        let thrown = SegmentationScorer().score([gold]) { _ in throw Boom() }
        #expect(thrown.failures.map(\.id) == ["f"])
        #expect(thrown.boundaries == SpanScore(truePositives: 0, predicted: 0, gold: 1))
        let changed = SegmentationScorer().score([gold]) { _ in
            var document = Document(text: "x")
            document.setText("different")
            return document
        }
        #expect(changed.failures.count == 1)
        #expect(changed.documents == 1)
    }

    @Test func reportRendering() {
        var report = SegmentationReport()
        report.documents = 2
        report.boundaries = SpanScore(truePositives: 3, predicted: 4, gold: 5)
        let table = report.table(title: "T")
        #expect(table.contains("sentence boundaries"))
        #expect(table.contains("0.7500"))
        let json = report.json.objectValue
        #expect(json?["documents"] == .integer(2))
        #expect(json?["boundaries"]?.objectValue?["true_positives"] == .integer(3))
    }
}
