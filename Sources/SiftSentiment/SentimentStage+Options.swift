import SiftCore

extension SentimentStage {
    /// The stage's options.
    public struct Options: Codable, Sendable, Equatable {
        /// The sentiment lexicon (VADER's format), or nil for VADER's own lexicon, compiled into the stage.
        public var lexicon: String?
        /// More lexicons in the same format; their entries add to and override the lexicon's, in order.
        public var extraLexicons: [String]
        /// The emoji lexicon (`EMOJI<TAB>DESCRIPTION`), or nil for VADER's own.
        public var emojiLexicon: String?
        /// Record for each sentence the lexicon entries and rules that moved its score.
        public var explain: Bool
        /// How the document score is made: `weighted_mean` or `vader_concat` (see `SentimentDocumentScore`).
        public var documentScore: String

        enum CodingKeys: String, CodingKey {
            case lexicon
            case extraLexicons = "extra_lexicons"
            case emojiLexicon = "emoji_lexicon"
            case explain
            case documentScore = "document_score"
        }

        public init(
            lexicon: String? = nil, extraLexicons: [String] = [], emojiLexicon: String? = nil, explain: Bool = true,
            documentScore: String = SentimentDocumentScore.weightedMean.rawValue
        ) {
            self.lexicon = lexicon
            self.extraLexicons = extraLexicons
            self.emojiLexicon = emojiLexicon
            self.explain = explain
            self.documentScore = documentScore
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            lexicon = try container.decodeIfPresent(String.self, forKey: .lexicon) ?? defaults.lexicon
            extraLexicons = try container.decodeIfPresent([String].self, forKey: .extraLexicons) ?? defaults.extraLexicons
            emojiLexicon = try container.decodeIfPresent(String.self, forKey: .emojiLexicon) ?? defaults.emojiLexicon
            explain = try container.decodeIfPresent(Bool.self, forKey: .explain) ?? defaults.explain
            documentScore = try container.decodeIfPresent(String.self, forKey: .documentScore) ?? defaults.documentScore
        }
    }
}

/// How `SentimentStage` scores a whole document.
public enum SentimentDocumentScore: String, Sendable, CaseIterable {
    /// The mean of the sentences' scores weighted by their number of non-punctuation tokens: a long text
    /// scores like its typical sentence instead of drifting to ±1.
    case weightedMean = "weighted_mean"
    /// VADER run once on the whole text, as users of `polarity_scores` often do (for comparison: long texts
    /// drift to ±1 because the raw sum grows with length while `normalize` has a fixed alpha).
    case vaderConcat = "vader_concat"
}
