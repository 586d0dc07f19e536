import Dispatch

/// Runs an extractor over an extraction gold set and scores it with `ExtractionMetric`.
///
/// The extractor is a closure from raw HTML bytes to the extracted body text, so this module needs no
/// HTML code: the CLI and the tests pass `HTMLCleanupStage` in article mode.
public struct ExtractionScorer: Sendable {
    /// Shingle size of the metric (4 in the benchmark).
    public var shingleSize: Int

    public init(shingleSize: Int = 4) {
        self.shingleSize = shingleSize
    }

    /// Extracts and scores every page. All pages are read into memory first, so `seconds` counts the
    /// extractor alone: the mean over `passes` timed passes (the first pass's texts are scored).
    /// A page whose extractor throws counts as an empty prediction and is listed with its error.
    /// Also returns the predicted texts in page order (for writing predictions).
    public func score(
        _ pages: [ExtractionGoldPage], passes: Int = 1, extract: ([UInt8]) throws -> String
    ) throws(GoldCorpusError) -> (report: ExtractionReport, predictions: [(id: String, text: String)]) {
        var html: [[UInt8]] = []
        html.reserveCapacity(pages.count)
        for page in pages { html.append(try ExtractionCorpus.html(of: page)) }
        var predictions: [(id: String, text: String)] = []
        var failures: [String?] = []
        var nanoseconds: UInt64 = 0
        for pass in 0..<max(1, passes) {
            for (index, page) in pages.enumerated() {
                let started = DispatchTime.now().uptimeNanoseconds
                var text = ""
                var failure: String?
                do {
                    text = try extract(html[index])
                } catch {
                    failure = "\(error)"
                }
                nanoseconds &+= DispatchTime.now().uptimeNanoseconds &- started
                if pass == 0 {
                    predictions.append((page.id, text))
                    failures.append(failure)
                }
            }
        }
        var report = ExtractionReport()
        report.htmlBytes = html.reduce(0) { $0 + $1.count }
        report.seconds = Double(nanoseconds) / 1e9 / Double(max(1, passes))
        for (index, page) in pages.enumerated() {
            let score = ExtractionMetric.score(gold: page.body, predicted: predictions[index].text, shingleSize: shingleSize)
            report.add(id: page.id, url: page.url, score: score, failure: failures[index])
        }
        return (report, predictions)
    }
}
