/// VADER's `score_valence`: from per-word valences to `compound`, `pos`, `neu` and `neg`.
extension VaderScorer {
    /// `score_valence(sentiments, text)`, with the `!`/`?` counts of the text already taken.
    static func scoreValence(_ sentiments: [Double], punctuation: VaderPunctuation, wordCount: Int) -> VaderScores {
        guard !sentiments.isEmpty else { return .empty }
        var sum = 0.0
        var neutral = 0
        for sentiment in sentiments {
            sum += sentiment  // Python 3.11's sum(): plain left-to-right addition
            if sentiment == 0 { neutral += 1 }
        }
        if neutral == sentiments.count {  // no sentiment at all (most sentences of news): what VADER computes
            return VaderScores(compound: 0, pos: 0, neu: 1, neg: 0, wordCount: wordCount, rawSum: sum)
        }
        let amplifier = punctuation.amplifier
        if sum > 0 {
            sum += amplifier
        } else if sum < 0 {
            sum -= amplifier
        }
        let compound = normalize(sum)

        // _sift_sentiment_scores
        var positive = 0.0
        var negative = 0.0
        for sentiment in sentiments {
            if sentiment > 0 { positive += (sentiment + 1) }
            if sentiment < 0 { negative += (sentiment - 1) }
        }
        if positive > abs(negative) {
            positive += amplifier
        } else if positive < abs(negative) {
            negative -= amplifier
        }
        let total = positive + abs(negative) + Double(neutral)
        return VaderScores(
            compound: PythonRound.round(compound, digits: 4),
            pos: PythonRound.round(abs(positive / total), digits: 3),
            neu: PythonRound.round(abs(Double(neutral) / total), digits: 3),
            neg: PythonRound.round(abs(negative / total), digits: 3),
            wordCount: wordCount, rawSum: sum)
    }

    /// `normalize(score, alpha=15)`: `score / sqrt(score² + 15)`, clamped to [-1, 1].
    @inline(__always)
    static func normalize(_ score: Double) -> Double {
        let normalized = score / (score * score + VaderConstants.normalizeAlpha).squareRoot()
        if normalized < -1.0 { return -1.0 }
        if normalized > 1.0 { return 1.0 }
        return normalized
    }
}

/// Python's `round(x, ndigits)` for floats: the exact binary value rounded half-to-even to `ndigits`
/// decimals, then the nearest double (CPython rounds through a correctly rounded decimal string).
enum PythonRound {
    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    /// `round(value, digits)` for `digits` in 0…9.
    static func round(_ value: Double, digits: Int) -> Double {
        guard value.isFinite, digits >= 0, digits < powersOfTen.count else { return value }
        let scale = powersOfTen[digits]
        let product = value * scale
        // Beyond 2^52 every double is an integer: nothing to round at this scale.
        guard abs(product) < 4_503_599_627_370_496 else { return value }
        // value × scale == product + error exactly (a fused multiply-add gives the product's rounding error).
        let error = (-product).addingProduct(value, scale)
        let floor = product.rounded(.down)
        let fraction = product - floor  // exact: floor <= product < floor + 1, both near product
        let sign = (fraction - 0.5) + error  // exact sign of (value × scale - floor - 0.5)
        var integer: Double
        if sign > 0 {
            integer = floor + 1
        } else if sign < 0 {
            integer = floor
        } else {
            integer = (floor * 0.5).rounded(.down) * 2 == floor ? floor : floor + 1  // a tie: to even
        }
        if integer == 0 { integer = value.sign == .minus ? -0.0 : 0.0 }
        return integer / scale
    }
}
