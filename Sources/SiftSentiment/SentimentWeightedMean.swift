import SiftCore

/// The `weighted_mean` document score: each score of the document is the mean of the sentences' scores,
/// weighted by their length in tokens.
///
///     compound(doc) = Σᵢ wᵢ · compound(sentenceᵢ) / Σᵢ wᵢ      (likewise pos, neu, neg)
///
/// where `wᵢ` is the number of tokens of sentence i that are not punctuation or symbols. It stays in [-1, 1]
/// and does not grow with the length of the text: 200 sentences scoring 0.44 give 0.44, where VADER on the
/// concatenated text gives ≈ 1, because its raw sum grows with length and `normalize` has a fixed alpha.
/// Longer sentences count more, so a one-word heading does not outweigh a paragraph. A document without
/// weighted tokens (no sentences, or only punctuation) scores 0 on all four. Rounded like VADER's scores
/// (compound to 4 decimals, the proportions to 3).
public struct SentimentWeightedMean: Sendable {
    private var compound = 0.0
    private var pos = 0.0
    private var neu = 0.0
    private var neg = 0.0
    /// Σ wᵢ so far.
    public private(set) var totalWeight = 0

    public init() {}

    /// Adds a sentence's scores with weight `weight` (ignored when not positive).
    public mutating func add(_ scores: VaderScores, weight: Int) {
        guard weight > 0 else { return }
        let w = Double(weight)
        compound += w * scores.compound
        pos += w * scores.pos
        neu += w * scores.neu
        neg += w * scores.neg
        totalWeight += weight
    }

    /// The document score, labelled with `method`.
    public func result(method: String) -> DocumentSentiment {
        guard totalWeight > 0 else { return DocumentSentiment(compound: 0, pos: 0, neu: 0, neg: 0, method: method) }
        let total = Double(totalWeight)
        return DocumentSentiment(
            compound: PythonRound.round(compound / total, digits: 4), pos: PythonRound.round(pos / total, digits: 3),
            neu: PythonRound.round(neu / total, digits: 3), neg: PythonRound.round(neg / total, digits: 3), method: method)
    }
}
