import Foundation
import SiftCore
import SiftJSON
import SiftText
import Testing

/// Throughput of the stage on real text (gold article bodies of the extraction set plus UD-EWT dev).
/// Runs only with `SIFT_BENCH=1`, ideally in release mode, on one core:
/// `SIFT_BENCH=1 taskset -c 0 swift test -c release --filter TokenizeBenchmarkTests`.
/// Compare with raw ICU word break over the same texts measured in the same session.
@Suite struct TokenizeBenchmarkTests {
    static var enabled: Bool { ProcessInfo.processInfo.environment["SIFT_BENCH"] == "1" }

    static func corpusTexts() throws -> [String] {
        let root = FileManager.default.currentDirectoryPath + "/../shared/corpora/dev/"
        var texts: [String] = []
        if let data = FileManager.default.contents(atPath: root + "extraction/ground-truth.json"),
           let object = try JSONParser().parse(data).objectValue {
            for (_, value) in object.members {
                if let body = value.objectValue?["articleBody"]?.stringValue { texts.append(body) }
            }
        }
        if let data = FileManager.default.contents(atPath: root + "ud-ewt/dev.jsonl") {
            for line in data.split(separator: UInt8(ascii: "\n")) {
                if let text = try JSONParser().parse(line).objectValue?["text"]?.stringValue { texts.append(text) }
            }
        }
        return texts
    }

    @Test(.enabled(if: enabled)) func throughput() throws {
        let texts = try Self.corpusTexts().map(DocumentText.init)
        guard !texts.isEmpty else { return }
        let bytes = texts.reduce(0) { $0 + $1.string.utf8.count }
        for split in [false, true] {
            let stage = try TokenizeStage(options: .init(splitClitics: split), context: StageContext(baseDirectory: ""))
            var tokens = 0
            for text in texts { tokens += stage.tokenize(text.utf16).count }  // warm-up
            let passes = Int(ProcessInfo.processInfo.environment["SIFT_BENCH_PASSES"] ?? "") ?? 10
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                for _ in 0..<passes {
                    for text in texts { tokens &+= stage.tokenize(text.utf16).count }
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let megabytes = Double(bytes * passes) / 1e6
            print(String(format: "tokenize (split_clitics=%@): %.1f MB/s of text, %d docs, %.2f MB per pass (%d)",
                         split ? "true" : "false", megabytes / seconds, texts.count, Double(bytes) / 1e6, tokens))
        }
    }
}
