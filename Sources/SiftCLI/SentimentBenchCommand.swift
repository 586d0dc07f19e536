import ArgumentParser
import Foundation
import SiftCore
import SiftJSON
import SiftSentiment
import SiftText

/// `pipeline bench-sentiment`: sentences per second of the VADER scorer and of the sentiment stage, one thread.
struct SentimentBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-sentiment",
        abstract: "Measure sentences/s of the sentiment scorer (explanations off and on) and of the sentiment stage, one thread.",
        discussion: """
            The scorer rows score each sentence of the file on its own, as vaderSentiment's polarity_scores does; \
            the stage row runs sentiment.vader.v1 on documents of 25 sentences each, after tokenize and sentences \
            (not timed). All input is read into memory first; each row is the best of --passes timed passes after \
            a warm-up, in thread CPU time. Build in release mode; Tools/sentiment/compare_speed.sh times vaderSentiment on the same \
            sentences in the same run and prints the ratio.
            """
    )

    @Option(help: "Sentences: one JSON string per line (Tools/sentiment/speed_sentences.py writes one), or a .txt file with one sentence per line.")
    var sentences = "/tmp/sift-sentiment-speed/sentences.jsonl"

    @Option(help: "Timed passes per row (after one warm-up pass); the best is reported.")
    var passes = 5

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    func validate() throws {
        if passes < 1 { throw ValidationError("--passes must be at least 1") }
    }

    func run() throws {
        let texts = try Self.load(sentences)
        guard !texts.isEmpty else { throw ValidationError("no sentences in '\(sentences)'") }
        let scorer = VaderScorer()
        var rows: [(name: String, items: Int, seconds: Double)] = []
        for explain in [false, true] {
            var scratch = VaderScratch()
            let seconds = best(passes) {
                for text in texts {
                    _ = scorer.score(text, scratch: &scratch, explain: explain)
                    if explain { _ = scorer.explanation(in: scratch) }
                }
            }
            rows.append(("VaderScorer, explain \(explain ? "on" : "off")", texts.count, seconds))
        }
        var documents: [Document] = []
        for start in stride(from: 0, to: texts.count, by: 25) {
            let text = texts[start..<min(start + 25, texts.count)].joined(separator: " ")
            var document = Document(id: "bench-\(start)", text: text)
            document.setText(text)
            try TokenizeStage().process(&document)
            try SentenceStage().process(&document)
            documents.append(document)
        }
        let stageSentences = documents.reduce(0) { $0 + ($1.layers[SentencesLayer.self]?.items.count ?? 0) }
        for explain in [false, true] {
            let stage = try SentimentStage(explain: explain)
            let seconds = try bestThrowing(passes) {
                for document in documents {
                    var copy = document
                    try stage.process(&copy)
                }
            }
            rows.append(("\(SentimentStage.descriptor.id), explain \(explain ? "on" : "off")", stageSentences, seconds))
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        if json {
            let values: [JSONValue] = rows.map { row in
                ["name": .string(row.name), "sentences": .integer(row.items), "seconds": .number(row.seconds),
                 "sentences_per_s": .number((Double(row.items) / row.seconds).rounded())]
            }
            print(JSONValue.object(JSONObject([("sentences", .integer(texts.count)), ("bytes", .integer(bytes)), ("rows", .array(values))])).prettyText, terminator: "")
            return
        }
        print(String(format: "%d sentences, %.2f MB, best of %d passes, 1 thread, CPU time", texts.count, Double(bytes) / 1e6, passes))
        print("row".padding(toLength: 34, withPad: " ", startingAt: 0) + "  sentences/s")
        for row in rows {
            print(row.name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: " %12.0f", Double(row.items) / row.seconds))
        }
        print(String(format: "SIFT_SENTENCES_PER_S %.1f", Double(rows[0].items) / rows[0].seconds))
    }

    /// Sentences from a JSON Lines file of strings, or the lines of a text file.
    static func load(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read '\(path)'") }
        let lines = data.split(separator: UInt8(ascii: "\n"))
        if path.hasSuffix(".txt") { return lines.map { String(decoding: $0, as: UTF8.self) } }
        return try lines.map { line in
            guard let text = try JSONParser().parse(line).stringValue else { throw ValidationError("'\(path)': expected one JSON string per line") }
            return text
        }
    }

    /// The best of `passes` timings of `body` (after a warm-up), in seconds of this thread's CPU time, which
    /// other processes on a shared machine do not inflate.
    private func best(_ passes: Int, _ body: () -> Void) -> Double {
        body()
        var best = Double.infinity
        for _ in 0..<passes {
            let started = Self.threadCPUTime()
            body()
            best = min(best, Self.threadCPUTime() - started)
        }
        return best
    }

    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    private func bestThrowing(_ passes: Int, _ body: () throws -> Void) throws -> Double {
        var failure: (any Error)?
        let seconds = best(passes) {
            do { try body() } catch { failure = error }
        }
        if let failure { throw failure }
        return seconds
    }
}
