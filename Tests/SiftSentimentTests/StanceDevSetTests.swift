import Foundation
import SiftCore
import SiftJSON
import SiftText
import Testing
@testable import SiftSentiment

/// The hand-written development set (Fixtures/stance_dev.jsonl): 42 short documents on nine invented topics,
/// each with its target, the document's own stance and the holders' stances. Scored as `pipeline eval stance`
/// does, here without an entities layer (tokenize → sentences → sentiment → stance).
@Suite struct StanceDevSetTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/stance_dev.jsonl").path

    @Test func devSetScoresAboveTheMeasuredFloor() throws {
        let records = try StanceGoldRecord.load(path: Self.path)
        #expect(records.count >= 25)
        let report = try StanceEvaluator.evaluate(records) { record in
            let stage = try StanceStage(options: .init(inlineTargets: record.targets), context: StageContext(baseDirectory: ""))
            var document = Document(text: record.text)
            document.setText(record.text)
            try TokenizeStage().process(&document)
            try SentenceStage().process(&document)
            try StanceTesting.sentiment.process(&document)
            try stage.process(&document)
            return try #require(document.layers[StanceLayer.self])
        }
        // Measured: holders accuracy 0.976, macro-F1 0.987; documents accuracy 1.000, macro-F1 1.000 (42 records).
        #expect(report.holders.accuracy >= 0.93, "\(report.mistakes)")
        #expect(report.holders.macroF1 >= 0.95, "\(report.mistakes)")
        #expect(report.documents.accuracy >= 0.96, "\(report.mistakes)")
        #expect(report.documents.macroF1 >= 0.95, "\(report.mistakes)")
    }

    @Test func goldFileErrorsNameTheLine() throws {
        let folder = try StanceSetupTests.folder(["g.jsonl": "{\"id\": \"a\", \"text\": \"x\", \"targets\": {}}\n{\"id\": 3}\n"])
        #expect(throws: StanceEvaluationError.self) { try StanceGoldRecord.load(path: folder + "/g.jsonl") }
        do { _ = try StanceGoldRecord.load(path: folder + "/g.jsonl") } catch { #expect("\(error)".contains("g.jsonl:2:")) }
    }

    @Test func scoresCountSpuriousAndMissedHolders() {
        var scores = StanceScores()
        scores.pairs = [(.favor, .favor), (.against, .none), (.none, .against), (.against, .against)]
        #expect(scores.accuracy == 0.5)
        #expect(abs(scores.macroF1 - 0.75) < 1e-9)
    }
}
