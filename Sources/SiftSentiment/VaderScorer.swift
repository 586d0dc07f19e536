import SiftCore

/// VADER (vaderSentiment 3.3.2's `SentimentIntensityAnalyzer.polarity_scores`), reproduced exactly: the
/// emoji replacement, `SentiText`'s word split, every rule with its quirks, the same floating-point
/// operations in the same order, and Python's `round()`.
///
/// Immutable and `Sendable`: share one scorer between threads, give each thread its own `VaderScratch`.
///
/// ```swift
/// let scorer = VaderScorer()
/// var scratch = VaderScratch()
/// let scores = scorer.score("VADER is VERY SMART, handsome, and FUNNY!!!", scratch: &scratch)
/// // scores.compound == 0.9342
/// ```
public struct VaderScorer: Sendable {
    /// The lexicons in use.
    public let lexicon: VaderLexicon

    /// A scorer over `lexicon` (VADER's own by default).
    public init(lexicon: VaderLexicon = .builtIn) {
        self.lexicon = lexicon
        _ = PythonCaseTable.bmp.count  // build the case table now rather than in the first document
    }

    /// Scores a string as `polarity_scores(text)` does. With `explain`, the cues are left in `scratch`
    /// for `explanation(in:)`.
    public func score(_ text: String, scratch: inout VaderScratch, explain: Bool = false) -> VaderScores {
        scratch.reset()
        var text = text
        let isCapDifferential = text.withUTF8 { bytes in
            // ASCII text has no emoji to replace (unless an emoji lexicon has ASCII keys): split it as it is.
            if lexicon.emoji.smallestKey >= 0x80 && Self.isASCII(bytes) { return splitWords(bytes, &scratch) }
            appendText(utf8: bytes, to: &scratch)
            return splitScalars(&scratch)
        }
        return scoreWords(&scratch, isCapDifferential: isCapDifferential, explain: explain)
    }

    /// Scores UTF-16 text (e.g. a sentence of a document's working text).
    public func score(utf16 text: UnsafeBufferPointer<UInt16>, scratch: inout VaderScratch, explain: Bool = false) -> VaderScores {
        scratch.reset()
        let isCapDifferential: Bool
        if lexicon.emoji.smallestKey >= 0x80 && text.allSatisfy({ $0 < 0x80 }) {
            isCapDifferential = splitWords(text, &scratch)
        } else {
            appendText(utf16: text, to: &scratch)
            isCapDifferential = splitScalars(&scratch)
        }
        return scoreWords(&scratch, isCapDifferential: isCapDifferential, explain: explain)
    }

    /// `SentiText` over the emoji-replaced code points.
    private func splitScalars(_ scratch: inout VaderScratch) -> Bool {
        let scalars = scratch.scalars  // shares storage: not written while splitting
        let count = scratch.scalarCount
        return scalars.withUnsafeBufferPointer { splitWords(UnsafeBufferPointer(rebasing: $0[0..<count]), &scratch) }
    }

    /// The rest of `polarity_scores` once the words are known.
    private func scoreWords(_ scratch: inout VaderScratch, isCapDifferential: Bool, explain: Bool) -> VaderScores {
        let words = scratch.words  // shares storage; read-only below
        let count = words.count
        scratch.sentiments.reserveCapacity(count)
        var butIndex = -1
        words.withUnsafeBufferPointer { words in
            for index in 0..<count {
                let word = words[index]
                if word.special == .but && butIndex < 0 { butIndex = index }
                if word.booster != 0 || (word.special == .kind && index < count - 1 && words[index + 1].special == .of) {
                    scratch.sentiments.append(0)
                    continue
                }
                scratch.sentiments.append(
                    sentimentValence(words, index, isCapDifferential: isCapDifferential, explain: explain, cues: &scratch.cues))
            }
        }
        if butIndex >= 0 {
            Self.butCheck(&scratch.sentiments, butIndex: butIndex, explain: explain, cues: &scratch.cues)
        }
        return Self.scoreValence(scratch.sentiments, punctuation: scratch.punctuation, wordCount: count)
    }
}

/// VADER's scores for one text.
public struct VaderScores: Sendable, Hashable {
    /// The normalised sum of valences, in [-1, 1], rounded to 4 decimals as VADER does.
    public var compound: Double
    /// Proportions of positive, neutral and negative weight, rounded to 3 decimals.
    public var pos: Double
    public var neu: Double
    public var neg: Double
    /// Number of words VADER saw (white-space separated, after emoji replacement).
    public var wordCount: Int
    /// The raw sum of valences plus punctuation emphasis that `compound` normalises (unrounded).
    public var rawSum: Double

    public init(compound: Double, pos: Double, neu: Double, neg: Double, wordCount: Int, rawSum: Double) {
        self.compound = compound
        self.pos = pos
        self.neu = neu
        self.neg = neg
        self.wordCount = wordCount
        self.rawSum = rawSum
    }

    /// All zeros: what VADER returns for a text without words.
    public static let empty = VaderScores(compound: 0, pos: 0, neu: 0, neg: 0, wordCount: 0, rawSum: 0)
}
