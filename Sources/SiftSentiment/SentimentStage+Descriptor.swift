import SiftCore

extension SentimentStage {
    /// Id `sentiment.vader.v1` (alias `sentiment`): requires `text`, `tokens` and `sentences`, provides `sentiment`.
    public static let descriptor = StageDescriptor(
        id: "sentiment.vader.v1",
        aliases: ["sentiment"],
        summary: "Scores each sentence's sentiment with VADER's lexicon and rules (exactly vaderSentiment 3.3.2), plus a length-normalised document score.",
        details: """
            Runs VADER (Hutto & Gilbert 2014) on the text of every sentence of the sentences layer, exactly as \
            vaderSentiment 3.3.2's polarity_scores does: single-code-point emoji become their descriptions, the \
            text is split on white space and each word stripped of ASCII punctuation (unless that leaves two \
            characters or fewer, which keeps emoticons), and the words' lexicon valences are adjusted by the rules: \
            boosters and dampeners (very, extremely, barely, kind of) up to three words before, negations (not, \
            n't, never, without, no …) with VADER's idioms ("never so good" boosts, "without doubt" does not \
            negate), ALL CAPS emphasis when other words are not in caps, "least" (but not "at least"), the \
            contrastive "but" (before × 0.5, after × 1.5), the special-case idioms (the bomb, bad ass, yeah right, \
            kiss of death …), and ! / ? emphasis; compound = sum / sqrt(sum² + 15), pos/neu/neg are proportions. \
            Scores equal vaderSentiment's to the last digit (compound to 4 decimals, the others to 3), checked \
            on a committed fixture of over 3,000 sentences. The document score is the mean of the sentence \
            scores weighted by their number of non-punctuation tokens ("weighted_mean"), which, unlike VADER on \
            the whole text ("vader_concat"), does not drift to ±1 on long texts. With explain, each sentence lists \
            the lexicon entries and rules that moved its score: {term, valence, rule, weight, modifier}, where \
            the weights add up to the raw sum. Lexicon files use VADER's format, TOKEN<TAB>MEAN[<TAB>…] \
            (entries are matched against lower-cased words); a line that does not parse is reported with its \
            file and line.
            """,
        requires: [.text, TokensLayer.name, SentencesLayer.name],
        provides: [SentimentLayer.name],
        options: [
            OptionDoc("lexicon", .path, default: nil,
                      "Sentiment lexicon in VADER's format (TOKEN<TAB>MEAN[<TAB>…]); default: VADER's vader_lexicon.txt, compiled into the stage (a copy is in Config/lexicons/)."),
            OptionDoc("extra_lexicons", .array(.path), default: [],
                      "More lexicons in the same format, loaded after the lexicon: their entries add to it and override it, later files over earlier ones."),
            OptionDoc("emoji_lexicon", .path, default: nil,
                      "Emoji lexicon (EMOJI<TAB>DESCRIPTION); only single-code-point emoji are replaced, as in VADER; default: VADER's emoji_utf8_lexicon.txt, compiled in."),
            OptionDoc("explain", .boolean, default: true,
                      "List for each sentence the lexicon entries and rules that moved its score (term, valence, rule, weight, modifier); false is faster and allocates nothing for them."),
            OptionDoc("document_score", .oneOf(SentimentDocumentScore.allCases.map(\.rawValue)), default: "weighted_mean",
                      "\"weighted_mean\": mean of the sentence scores weighted by their non-punctuation tokens (does not drift to ±1 on long texts); \"vader_concat\": VADER on the whole text, for comparison."),
        ],
        examples: [
            StageExample("The food was good. The service was terrible!", expect: ["sentiment": ["The food was good.", "The service was terrible!"]]),
            StageExample("VADER is VERY SMART, handsome, and FUNNY!!! It is not bad at all :)",
                         expect: ["sentiment": ["VADER is VERY SMART, handsome, and FUNNY!!!", "It is not bad at all :)"]]),
            StageExample("The plot was good, but the characters are uncompelling.", options: ["explain": false],
                         expect: ["sentiment": ["The plot was good, but the characters are uncompelling."]]),
            StageExample("Great 😁 Awful.", options: ["document_score": "vader_concat"], expect: ["sentiment": ["Great 😁", "Awful."]]),
            StageExample("", expect: ["sentiment": []]),
        ]
    )
}
