import Foundation
import SiftEvaluation
import SiftJSON
import Testing

/// `ExtractionMetric`, `ExtractionReport` and `ExtractionCorpus` against hand-computed values of the
/// benchmark's definitions (../shared/bench/score_extraction.py).
@Suite struct ExtractionMetricTests {
    @Test func tokensAreUnicodeWordRuns() {
        #expect(ExtractionMetric.tokens("Hello, world! It's 3.5 km_h — café") == ["Hello", "world", "It", "s", "3", "5", "km_h", "café"])
        #expect(ExtractionMetric.tokens("東京 2020年") == ["東京", "2020年"])
        #expect(ExtractionMetric.tokens("  \n ") == [])
        // Combining marks are not word characters in Python's \w: "e\u{301}" splits after the e.
        #expect(ExtractionMetric.tokens("cafe\u{301}s") == ["cafe", "s"])
    }

    @Test func identicalTextsScoreOne() {
        let score = ExtractionMetric.score(gold: "one two three four five", predicted: "One two three four five".lowercased())
        #expect(score.precision == 1 && score.recall == 1 && score.exactMatch)
    }

    @Test func shingleCountsAndPartialOverlap() {
        // gold shingles: (a b c d) (b c d e); predicted: (a b c d) (b c d x) → TP 1, FP 1, FN 1.
        let score = ExtractionMetric.score(gold: "a b c d e", predicted: "a b c d x")
        #expect(score == ExtractionPageScore(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(score.precision == 0.5 && score.recall == 0.5 && score.f1 == 0.5)
    }

    @Test func repeatedShinglesCountAsABag() {
        // Predicted repeats the text: every shingle twice (plus one across the seam) → precision < 1, recall 1.
        let score = ExtractionMetric.score(gold: "a b c d e", predicted: "a b c d e a b c d e")
        #expect(score.truePositives == 2)
        #expect(score.falseNegatives == 0)
        #expect(score.falsePositives == 5)
    }

    @Test func shortTextsAreOneShingle() {
        #expect(ExtractionMetric.score(gold: "a b", predicted: "a b").precision == 1)
        #expect(ExtractionMetric.score(gold: "a b", predicted: "a b c").recall == 0)
    }

    @Test func emptyPredictionHasNoPrecision() {
        let score = ExtractionMetric.score(gold: "a b c d e", predicted: "")
        #expect(score.precision == nil)
        #expect(score.recall == 0)
        #expect(ExtractionMetric.score(gold: "", predicted: "").precision == nil)
    }

    @Test func reportAveragesPrecisionAndRecallSeparately() {
        var report = ExtractionReport()
        report.add(id: "a", score: ExtractionPageScore(truePositives: 1, falsePositives: 1, falseNegatives: 0)) // P .5, R 1
        report.add(id: "b", score: ExtractionPageScore(truePositives: 0, falsePositives: 0, falseNegatives: 4)) // no P, R 0
        report.add(id: "c", score: ExtractionPageScore(truePositives: 3, falsePositives: 0, falseNegatives: 0, exactMatch: true))
        #expect(report.precision == 0.75) // (0.5 + 1) / 2: page b predicted nothing
        #expect(abs(report.recall - 2.0 / 3.0) < 1e-12)
        #expect(abs(report.f1 - 2 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0)) < 1e-12)
        #expect(abs(report.accuracy - 1.0 / 3.0) < 1e-12)
        #expect(report.emptyPages == 1)
        #expect(report.worst(1).map(\.id) == ["b"])
        #expect(report.json.objectValue?["pages"] == 3)
    }

    @Test func corpusLoadsGoldAndGunzipsPages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sift-extraction-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("html"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"p1": {"articleBody": "Body one.", "url": "https://e.com/1"}, "p2": {"articleBody": "x"}}"#.utf8)
            .write(to: folder.appendingPathComponent("ground-truth.json"))
        try Data("<p>Body one.</p>".utf8).write(to: folder.appendingPathComponent("html/p1.html"))
        let pages = try ExtractionCorpus.load(directory: folder.path)
        #expect(pages.map(\.id) == ["p1"], "pages without HTML are left out")
        #expect(try ExtractionCorpus.html(of: pages[0]) == Array("<p>Body one.</p>".utf8))
        let (report, predictions) = try ExtractionScorer().score(pages) { _ in "Body one." }
        #expect(report.f1 == 1)
        #expect(predictions.map(\.text) == ["Body one."])
        #expect(throws: GoldCorpusError.self) { try ExtractionCorpus.load(directory: folder.path + "/missing") }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Self.dev + "/ground-truth.json"), "shared corpus not found"))
    func devGoldLoads() throws {
        let pages = try ExtractionCorpus.load(directory: Self.dev)
        #expect(pages.count == 88)
        #expect(try ExtractionCorpus.html(of: pages[0]).count > 1000)
    }

    static let dev = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora/dev/extraction").path
}
