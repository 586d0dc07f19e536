/// The article-extraction benchmark's metric (scrapinghub article-extraction-benchmark `evaluate.py`,
/// as re-implemented by `../shared/bench/score_extraction.py`), for one page.
///
/// - Text → tokens: maximal runs of word characters, Python's Unicode `\w`: letters (Lu, Ll, Lt, Lm,
///   Lo), numbers (Nd, Nl, No) and `_`. Combining marks are not word characters (as in Python).
/// - Tokens → a bag of shingles of `n` consecutive tokens (4 in the benchmark); a text with fewer than
///   `n` tokens is one shingle, an empty text none.
/// - Per page: TP = Σ min(gold count, predicted count) over shingles, FP = predicted excess, FN = gold
///   excess. Precision is TP/(TP+FP) and recall TP/(TP+FN), except that both are 1 when FP = FN = 0.
///   A page with no predicted shingle has no precision; a page with no gold shingle has no recall
///   (they are left out of the corresponding mean, see `ExtractionReport`).
public enum ExtractionMetric {
    /// The word tokens of `text` (Python's `re.findall(r"\w+", text)`).
    public static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let isWord = isWordCharacter(scalars[index])
            if isWord, start == nil { start = index }
            if !isWord, let first = start {
                result.append(text[first..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let first = start { result.append(text[first..<text.endIndex]) }
        return result
    }

    /// Python's `\w` for one code point.
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
                || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Scores one page: `predicted` against `gold`, with shingles of `shingleSize` tokens.
    public static func score(gold: String, predicted: String, shingleSize: Int = 4) -> ExtractionPageScore {
        var vocabulary: [Substring: Int32] = [:]
        func ids(_ text: String) -> [Int32] {
            tokens(text).map { token in
                if let id = vocabulary[token] { return id }
                let id = Int32(vocabulary.count)
                vocabulary[token] = id
                return id
            }
        }
        let goldIDs = ids(gold)
        let predictedIDs = ids(predicted)
        let goldBag = shingles(goldIDs, size: shingleSize)
        let predictedBag = shingles(predictedIDs, size: shingleSize)
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for (shingle, count) in predictedBag {
            let expected = goldBag[shingle] ?? 0
            truePositives += min(count, expected)
            falsePositives += max(0, count - expected)
        }
        for (shingle, count) in goldBag {
            falseNegatives += max(0, count - (predictedBag[shingle] ?? 0))
        }
        return ExtractionPageScore(
            truePositives: truePositives, falsePositives: falsePositives, falseNegatives: falseNegatives,
            exactMatch: goldIDs == predictedIDs)
    }

    /// A shingle: the ids of its tokens.
    struct Shingle: Hashable {
        var ids: [Int32]
    }

    static func shingles(_ ids: [Int32], size: Int) -> [Shingle: Int] {
        var bag: [Shingle: Int] = [:]
        guard !ids.isEmpty else { return bag }
        let size = max(1, size)
        if ids.count < size {
            bag[Shingle(ids: ids)] = 1
            return bag
        }
        bag.reserveCapacity(ids.count - size + 1)
        for start in 0...(ids.count - size) {
            bag[Shingle(ids: Array(ids[start..<(start + size)])), default: 0] += 1
        }
        return bag
    }
}

/// One page's counts under `ExtractionMetric`.
public struct ExtractionPageScore: Sendable, Equatable {
    /// Shingles both predicted and in the gold body; predicted beyond the gold count; gold beyond the
    /// predicted count.
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int
    /// Whether the predicted token sequence equals the gold one exactly (the benchmark's "accuracy").
    public var exactMatch: Bool

    /// A page score with the given counts.
    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int, exactMatch: Bool = false) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.exactMatch = exactMatch
    }

    /// TP/(TP+FP); 1 when FP = FN = 0; nil when nothing was predicted (the page has no precision).
    public var precision: Double? {
        if falsePositives == 0 && falseNegatives == 0 { return truePositives > 0 ? 1 : nil }
        let predicted = truePositives + falsePositives
        return predicted > 0 ? Double(truePositives) / Double(predicted) : nil
    }

    /// TP/(TP+FN); 1 when FP = FN = 0; nil when the gold text has no shingle (the page has no recall).
    public var recall: Double? {
        if falsePositives == 0 && falseNegatives == 0 { return truePositives > 0 ? 1 : nil }
        let expected = truePositives + falseNegatives
        return expected > 0 ? Double(truePositives) / Double(expected) : nil
    }

    /// The page's own F1 (0 when precision or recall is missing or both are 0): for ranking pages.
    public var f1: Double {
        guard let precision, let recall, precision + recall > 0 else { return 0 }
        return 2 * precision * recall / (precision + recall)
    }
}
