import SiftJSON

/// The `sentiment` layer: a score per sentence of the `sentences` layer plus one for the whole document.
///
/// Defined in the core so that later stages (stance, aggregation) read it without importing the stage
/// module that writes it.
public enum SentimentLayer: LayerKey {
    public typealias Value = SentimentScores
    public static let name: LayerName = "sentiment"
}

/// The value of the `sentiment` layer.
public struct SentimentScores: SpanLayerValue, Hashable {
    /// The document's aggregate score.
    public var document: DocumentSentiment
    /// One entry per sentence, in text order.
    public var sentences: [SentenceSentiment]

    public init(document: DocumentSentiment, sentences: [SentenceSentiment]) {
        self.document = document
        self.sentences = sentences
    }

    public var spans: [TextSpan] { sentences.map(\.span) }

    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        writer.raw("{\"document\":{")
        Self.writeScores(compound: document.compound, pos: document.pos, neu: document.neu, neg: document.neg, to: &writer)
        writer.raw(",\"method\":")
        writer.string(document.method)
        writer.raw("},\"sentences\":[")
        for (index, sentence) in sentences.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "{"))
            writer.spanFields(sentence.span, in: text)
            writer.byte(UInt8(ascii: ","))
            Self.writeScores(compound: sentence.compound, pos: sentence.pos, neu: sentence.neu, neg: sentence.neg, to: &writer)
            if let cues = sentence.explanation {
                writer.raw(",\"explanation\":[")
                for (cueIndex, cue) in cues.enumerated() {
                    if cueIndex > 0 { writer.byte(UInt8(ascii: ",")) }
                    cue.writeJSON(to: &writer)
                }
                writer.byte(UInt8(ascii: "]"))
            }
            writer.byte(UInt8(ascii: "}"))
        }
        writer.raw("]}")
    }

    private static func writeScores(compound: Double, pos: Double, neu: Double, neg: Double, to writer: inout JSONWriter) {
        writer.raw("\"compound\":")
        writer.number(compound)
        writer.raw(",\"pos\":")
        writer.number(pos)
        writer.raw(",\"neu\":")
        writer.number(neu)
        writer.raw(",\"neg\":")
        writer.number(neg)
    }
}

/// A document's sentiment: `compound` in [-1, 1] and the `pos`/`neu`/`neg` proportions, with how they were made.
public struct DocumentSentiment: Sendable, Hashable {
    public var compound: Double
    public var pos: Double
    public var neu: Double
    public var neg: Double
    /// How the document score was computed, e.g. `weighted_mean` (of sentence scores) or `vader_concat`.
    public var method: String

    public init(compound: Double, pos: Double, neu: Double, neg: Double, method: String) {
        self.compound = compound
        self.pos = pos
        self.neu = neu
        self.neg = neg
        self.method = method
    }
}

/// One sentence's sentiment: VADER's four scores and, optionally, the cues that moved them.
public struct SentenceSentiment: Sendable, Hashable {
    public var span: TextSpan
    /// Normalised sum of valences, in [-1, 1] (VADER rounds it to 4 decimals).
    public var compound: Double
    /// Proportion of positive, neutral and negative weight (rounded to 3 decimals).
    public var pos: Double
    public var neu: Double
    public var neg: Double
    /// The lexicon entries and rules that moved the score, or `nil` when explanations are off.
    public var explanation: [SentimentCue]?

    public init(span: TextSpan, compound: Double, pos: Double, neu: Double, neg: Double, explanation: [SentimentCue]? = nil) {
        self.span = span
        self.compound = compound
        self.pos = pos
        self.neu = neu
        self.neg = neg
        self.explanation = explanation
    }
}

/// What moved a sentence's score: a lexicon entry, or a rule applied to one.
///
/// For a lexicon word the first cue has rule `lexicon` and weight equal to its lexicon valence; each rule
/// that then changed it adds a cue with the change as its weight, so a word's weights add up to its final
/// contribution, and all weights of a sentence add up to the raw sum that `compound` normalises.
public struct SentimentCue: Sendable, Hashable {
    /// The lexicon entry (lower-cased word) the cue is about; for `punctuation`, the marks counted (`!!`, `??`).
    public var term: String
    /// The entry's lexicon valence (0 for `punctuation`).
    public var valence: Double
    public var rule: SentimentRule
    /// The change this cue made to the sentence's raw sum.
    public var weight: Double
    /// The word or words that triggered the rule (`very`, `not`, `never so`, `kind of`), when not the term itself.
    public var modifier: String?

    public init(term: String, valence: Double, rule: SentimentRule, weight: Double, modifier: String? = nil) {
        self.term = term
        self.valence = valence
        self.rule = rule
        self.weight = weight
        self.modifier = modifier
    }

    func writeJSON(to writer: inout JSONWriter) {
        writer.raw("{\"term\":")
        writer.string(term)
        writer.raw(",\"valence\":")
        writer.number(valence)
        writer.raw(",\"rule\":\"")
        writer.bytes.append(contentsOf: rule.rawValue.utf8)
        writer.raw("\",\"weight\":")
        writer.number(weight)
        if let modifier {
            writer.raw(",\"modifier\":")
            writer.string(modifier)
        }
        writer.byte(UInt8(ascii: "}"))
    }
}

/// The rules of a lexicon-and-rules sentiment scorer (VADER's), as named in explanations.
public enum SentimentRule: String, Sendable, Hashable, CaseIterable {
    /// The word's lexicon valence.
    case lexicon
    /// A preceding intensifier (`very`, `extremely`).
    case booster
    /// A preceding dampener (`barely`, `slightly`, `just enough`).
    case dampener
    /// A preceding negation (`not`, `never`, `n't`, `no`, `without`): valence × -0.74.
    case negation
    /// `never so` / `never this` (and, as VADER does, `so`/`this` two words before): valence × 1.25.
    case neverSo = "never_so"
    /// The contrastive `but`: valence × 0.5 before it, × 1.5 after it.
    case but
    /// The word is in ALL CAPS while other words are not: ± 0.733.
    case caps
    /// `least` before the word (not `at least`, `very least`): valence × -0.74.
    case least
    /// The `kind of` / `sort of` dampener.
    case kindOf = "kind_of"
    /// A special-case idiom (`the shit`, `bad ass`, `yeah right`, `kiss of death`) replaced the valence.
    case idiom
    /// `!` and `?` emphasis added to the sentence's sum.
    case punctuation
}
