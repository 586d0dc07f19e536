import SiftCore

/// Reusable working memory for `VaderScorer`: make one per thread (or per document) and pass it to every
/// `score` call, so scoring a sentence allocates nothing once the buffers have grown.
public struct VaderScratch: Sendable {
    /// The text after emoji replacement, as code points (VADER's `text_no_emoji`): the first `scalarCount`
    /// elements (the array's count is its capacity, so the hot loops write through a pointer).
    var scalars: [UInt32] = []
    var scalarCount = 0
    /// The words of `SentiText.words_and_emoticons`.
    var words: [VaderWord] = []
    /// Every word lower-cased, as UTF-8, back to back (`VaderWord.lower…` index it): the first `lowerCount` bytes.
    var lower: [UInt8] = []
    var lowerCount = 0
    /// One valence per word (VADER's `sentiments` list).
    var sentiments: [Double] = []
    /// Cues recorded while scoring with explanations on.
    var cues: [VaderRawCue] = []
    /// `!`/`?` emphasis of the last scored text (for its explanation).
    var punctuation = VaderPunctuation()

    public init() {}

    mutating func reset() {
        scalarCount = 0
        lowerCount = 0
        words.removeAll(keepingCapacity: true)
        sentiments.removeAll(keepingCapacity: true)
        cues.removeAll(keepingCapacity: true)
        punctuation = VaderPunctuation()
    }

    /// Makes room for `extra` more code points after `scalarCount`.
    @inline(__always)
    mutating func reserveScalars(_ extra: Int) {
        let needed = scalarCount + extra
        if scalars.count < needed { scalars.append(contentsOf: repeatElement(0, count: max(needed - scalars.count, scalars.count))) }
    }

    /// Makes room for `extra` more bytes after `lowerCount`.
    @inline(__always)
    mutating func reserveLower(_ extra: Int) {
        let needed = lowerCount + extra
        if lower.count < needed { lower.append(contentsOf: repeatElement(0, count: max(needed - lower.count, lower.count))) }
    }
}

/// One word of a sentence with everything the rules ask about it, looked up once.
struct VaderWord: Sendable {
    /// Byte range of `word.lower()` in `VaderScratch.lower`.
    var lowerStart: Int
    var lowerEnd: Int
    /// `lexicon[word.lower()]` when `inLexicon`.
    var valence: Double
    /// `BOOSTER_DICT[word.lower()]`, or 0.
    var booster: Double
    var inLexicon: Bool
    /// `negated([word])`: in `NEGATE`, or contains `n't`.
    var negated: Bool
    /// `word.isupper()`.
    var isUpper: Bool
    var special: VaderSpecialWord
}

/// A step of the scoring recorded for an explanation: which word, which rule, which words triggered it,
/// and how much it changed the word's valence.
struct VaderRawCue: Sendable {
    var word: Int
    var rule: SentimentRule
    /// Word-index range of the modifier (`modifierStart == modifierEnd` when none).
    var modifierStart: Int
    var modifierEnd: Int
    var weight: Double
}

/// Counts of `!` and `?` in a text and the emphasis VADER derives from them.
struct VaderPunctuation: Sendable {
    var exclamations = 0
    var questions = 0

    /// `_punctuation_emphasis`: 0.292 per `!` (at most 4), plus 0.18 per `?` for 2–3 of them or 0.96 for more.
    var amplifier: Double {
        let ep = Double(min(exclamations, 4)) * 0.292
        var qm = 0.0
        if questions > 1 {
            qm = questions <= 3 ? Double(questions) * 0.18 : 0.96
        }
        return ep + qm
    }
}
