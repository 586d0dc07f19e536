import Foundation
import SiftCore
import SiftSentiment
import SiftJSON
import Testing

/// Sentences per second of `VaderScorer` (explanations off, one thread), on the sentence file that
/// `Tools/sentiment/compare_speed.sh` also times vaderSentiment on. Runs only with `SIFT_BENCH=1`, in release:
/// `SIFT_BENCH=1 SIFT_SENTIMENT_SENTENCES=/tmp/sift-sentiment-speed/sentences.jsonl taskset -c 0 swift test -c release --filter SentimentSpeedTests`.
@Suite struct SentimentSpeedTests {
    static var enabled: Bool { ProcessInfo.processInfo.environment["SIFT_BENCH"] == "1" }

    /// One JSON string per line (`Tools/sentiment/speed_sentences.py`).
    static func sentences() throws -> [String] {
        let path = ProcessInfo.processInfo.environment["SIFT_SENTIMENT_SENTENCES"] ?? "/tmp/sift-sentiment-speed/sentences.jsonl"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try data.split(separator: UInt8(ascii: "\n")).compactMap { try JSONParser().parse($0).stringValue }
    }

    /// This thread's CPU time in seconds (steady on a shared machine, like `time.thread_time()` in the Python timing).
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    @Test(.enabled(if: enabled)) func sentencesPerSecond() throws {
        let sentences = try Self.sentences()
        #expect(!sentences.isEmpty)
        let scorer = VaderScorer()
        var scratch = VaderScratch()
        var checksum = 0.0
        for sentence in sentences { checksum += scorer.score(sentence, scratch: &scratch).compound }  // warm-up
        let passes = Int(ProcessInfo.processInfo.environment["SIFT_BENCH_PASSES"] ?? "") ?? 20
        for explain in [false, true] {
            var best = Double.infinity
            for _ in 0..<3 {
                let started = Self.threadCPUTime()
                for _ in 0..<passes {
                    for sentence in sentences {
                        checksum += scorer.score(sentence, scratch: &scratch, explain: explain).compound
                        if explain { checksum += Double(scorer.explanation(in: scratch).count) }
                    }
                }
                best = min(best, Self.threadCPUTime() - started)
            }
            let rate = Double(sentences.count * passes) / best
            print(String(format: "VaderScorer (explain %@): %d sentences x %d passes, best of 3 %.3f s CPU, %.0f sentences/s",
                         explain ? "on" : "off", sentences.count, passes, best, rate))
            if !explain { print(String(format: "SIFT_SENTENCES_PER_S %.1f", rate)) }
        }
        print("checksum \(checksum)")
    }
}
