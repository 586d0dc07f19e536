import Foundation
import SiftCore
import SiftHTML
import SiftJSON
import Testing

/// Article mode on the 88 pages of the shared extraction corpus (`../shared/corpora/dev/extraction`;
/// skipped when absent), scored with the article-extraction benchmark's metric.
@Suite("Article mode: extraction corpus")
struct ArticleCorpusTests {
    /// trafilatura 2.3.1's F1 on the same 88 pages, measured in the same run as ours with
    /// `Tools/eval/extraction_compare.sh` (trafilatura.extract(html, include_comments=False), scored by
    /// ../shared/bench/score_extraction.py): 0.9606 (P 0.9474, R 0.9741).
    static let trafilaturaF1 = 0.9606

    static var gold: [String: String]? {
        let path = SharedCorpus.root.appendingPathComponent("dev/extraction/ground-truth.json").path
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONParser().parse(Array(data)).objectValue
        else { return nil }
        var bodies: [String: String] = [:]
        for (id, entry) in object.members { bodies[id] = entry.objectValue?["articleBody"]?.stringValue }
        return bodies
    }

    @Test(.enabled(if: SharedCorpus.extractionPages != nil && gold != nil, "shared corpus not found"))
    func f1AtLeastTrafilaturasAndNoPageFails() throws {
        let pages = try #require(SharedCorpus.extractionPages)
        let gold = try #require(Self.gold)
        let stage = try HTMLCleanupStage(options: .init(mode: .article))
        var precisions: [Double] = [], recalls: [Double] = []
        var found = 0
        for page in pages {
            let id = String(page.lastPathComponent.dropLast(".html.gz".count))
            let body = try #require(gold[id], "\(id) has no gold body")
            var document = Document(id: id, source: SourceInfo(path: page.path), raw: .html(try SharedCorpus.gunzip(page)))
            try stage.process(&document)
            let text = try #require(document.text, "\(id)").string
            #expect(!hasForbiddenControl(text), "\(id): control character")
            if document.metadata["extraction"]?.objectValue?["article_found"] == true { found += 1 }
            let (p, r) = BenchmarkMetric.precisionRecall(gold: body, predicted: text)
            if let p { precisions.append(p) }
            if let r { recalls.append(r) }
        }
        let precision = precisions.reduce(0, +) / Double(max(1, precisions.count))
        let recall = recalls.reduce(0, +) / Double(max(1, recalls.count))
        let f1 = 2 * precision * recall / (precision + recall)
        #expect(f1 >= Self.trafilaturaF1, "F1 \(f1) (P \(precision), R \(recall)) below trafilatura's \(Self.trafilaturaF1)")
        #expect(found >= 86, "an article is found on \(found) of 88 article pages")
    }
}

/// The benchmark's per-page metric, written again here (SiftHTMLTests does not depend on SiftEvaluation,
/// whose `ExtractionMetric` is the reference): `\w+` tokens, bags of 4-token shingles.
enum BenchmarkMetric {
    static func tokens(_ text: String) -> [Substring] {
        text.split { character in
            !character.unicodeScalars.allSatisfy { scalar in
                scalar == "_" || scalar.properties.numericType == .decimal || scalar.properties.isAlphabetic
                    && scalar.properties.generalCategory != .nonspacingMark && scalar.properties.generalCategory != .spacingMark
            }
        }
    }

    static func shingles(_ tokens: [Substring]) -> [String: Int] {
        guard !tokens.isEmpty else { return [:] }
        guard tokens.count >= 4 else { return [tokens.joined(separator: " "): 1] }
        var bag: [String: Int] = [:]
        for start in 0...(tokens.count - 4) { bag[tokens[start..<(start + 4)].joined(separator: " "), default: 0] += 1 }
        return bag
    }

    /// Per-page precision and recall (nil when undefined: nothing predicted / nothing expected).
    static func precisionRecall(gold: String, predicted: String) -> (Double?, Double?) {
        let expected = shingles(tokens(gold)), got = shingles(tokens(predicted))
        var tp = 0, fp = 0, fn = 0
        for (shingle, count) in got { tp += min(count, expected[shingle] ?? 0); fp += max(0, count - (expected[shingle] ?? 0)) }
        for (shingle, count) in expected { fn += max(0, count - (got[shingle] ?? 0)) }
        if fp == 0 && fn == 0 { return tp > 0 ? (1, 1) : (nil, nil) }
        return (tp + fp > 0 ? Double(tp) / Double(tp + fp) : nil, tp + fn > 0 ? Double(tp) / Double(tp + fn) : nil)
    }
}
