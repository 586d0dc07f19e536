import Foundation
import SiftCore
import SiftJSON
import SiftText
import Testing

/// Token-span F1 on UD English-EWT dev against spaCy's tokenizer on the same file.
///
/// spaCy figures from `/tmp/peers-venv/bin/python Tools/eval/tokenize_peers.py ../shared/corpora/dev/ud-ewt/dev.jsonl`
/// (spaCy 3.8.18, `spacy.blank("en")`): F1 0.9571 vs gold `tokens`, 0.9725 vs gold `words`.
@Suite struct TokenizeUDTests {
    static let spacyTokensF1 = 0.9571
    static let spacyWordsF1 = 0.9725

    /// `../shared/corpora/dev/ud-ewt/dev.jsonl` from the package folder, when present.
    static var devPath: String? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            FileManager.default.currentDirectoryPath + "/../shared/corpora/dev/ud-ewt/dev.jsonl",
            packageRoot.path + "/../shared/corpora/dev/ud-ewt/dev.jsonl",
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    struct Score {
        var correct = 0, predicted = 0, gold = 0
        var f1: Double {
            let precision = predicted == 0 ? 0 : Double(correct) / Double(predicted)
            let recall = gold == 0 ? 0 : Double(correct) / Double(gold)
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        var summary: String {
            String(format: "P %.4f R %.4f F1 %.4f (%d of %d predicted, %d gold)",
                   Double(correct) / Double(max(predicted, 1)), Double(correct) / Double(max(gold, 1)), f1, correct, predicted, gold)
        }
    }

    /// Scores the stage against one gold layer (`tokens` or `words`); code-point spans on both sides.
    /// With `SIFT_TOKENIZE_ERRORS=FILE`, writes the missed and spurious spans to FILE for inspection.
    static func score(path: String, layer: String, splitClitics: Bool) throws -> Score {
        let stage = try TokenizeStage(options: .init(splitClitics: splitClitics), context: StageContext(baseDirectory: ""))
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var score = Score()
        var errors = ""
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let record = try JSONParser().parse(line)
            guard let object = record.objectValue, let string = object["text"]?.stringValue,
                  let spans = object[layer]?.arrayValue else { continue }
            var gold = Set<[Int]>()
            for span in spans {
                if let pair = span.arrayValue?.compactMap(\.intValue), pair.count == 2 { gold.insert(pair) }
            }
            let text = DocumentText(string)
            let predicted = stage.tokenize(text.utf16).map { [text.codePointOffset($0.span.start), text.codePointOffset($0.span.end)] }
            let predictedSet = Set(predicted)
            score.correct += predictedSet.intersection(gold).count
            score.predicted += predicted.count
            score.gold += gold.count
            let scalars = Array(string.unicodeScalars)
            func show(_ span: [Int]) -> String {
                let piece = String(String.UnicodeScalarView(scalars[max(0, span[0])..<min(scalars.count, span[1])]))
                let context = String(String.UnicodeScalarView(scalars[max(0, span[0] - 25)..<min(scalars.count, span[1] + 25)]))
                return piece + "\t| " + context.replacingOccurrences(of: "\n", with: "⏎")
            }
            for span in predicted where !gold.contains(span) { errors += "+ \(show(span))\n" }
            for span in gold.sorted(by: { $0[0] < $1[0] }) where !predictedSet.contains(span) { errors += "- \(show(span))\n" }
        }
        if let dump = ProcessInfo.processInfo.environment["SIFT_TOKENIZE_ERRORS"] {
            try errors.write(toFile: dump + "." + layer, atomically: true, encoding: .utf8)
        }
        return score
    }

    @Test func surfaceTokensBeatSpacy() throws {
        guard let path = Self.devPath else { return }  // corpus absent: nothing to measure
        let score = try Self.score(path: path, layer: "tokens", splitClitics: false)
        print("tokenize (split_clitics=false) vs UD-EWT dev tokens: \(score.summary); spaCy F1 \(Self.spacyTokensF1)")
        #expect(score.f1 >= Self.spacyTokensF1)
    }

    @Test func syntacticWordsBeatSpacy() throws {
        guard let path = Self.devPath else { return }
        let score = try Self.score(path: path, layer: "words", splitClitics: true)
        print("tokenize (split_clitics=true) vs UD-EWT dev words: \(score.summary); spaCy F1 \(Self.spacyWordsF1)")
        #expect(score.f1 >= Self.spacyWordsF1)
    }
}
