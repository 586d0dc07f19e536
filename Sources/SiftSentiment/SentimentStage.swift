import SiftCore

/// Scores the sentiment of every sentence, and of the document, with VADER's lexicon and rules
/// (`VaderScorer`: exactly vaderSentiment 3.3.2's `polarity_scores` on each sentence's text).
///
/// Each sentence of the `sentences` layer gets VADER's `compound`, `pos`, `neu` and `neg` and, with
/// `explain`, the cues that moved its score. The document score is the token-weighted mean of the sentence
/// scores (`weighted_mean`), or VADER on the whole text (`vader_concat`).
public struct SentimentStage: Stage {
    public let options: Options
    /// The scorer (and its lexicons), shared by every thread running the stage.
    public let scorer: VaderScorer
    private let documentScore: SentimentDocumentScore

    /// Builds the stage: loads the lexicons named by the options (relative paths against the config's folder).
    /// - Throws: `StageSetupError` for a missing or malformed lexicon (naming file and line) or an unknown
    ///   `document_score`.
    public init(options: Options, context: StageContext) throws {
        guard let documentScore = SentimentDocumentScore(rawValue: options.documentScore) else {
            let known = SentimentDocumentScore.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw StageSetupError(option: "document_score", message: "'\(options.documentScore)' is not one of \(known)")
        }
        func file(_ path: String) -> (path: String, shown: String) { (context.resolvePath(path), path) }
        let lexicon = try VaderLexicon.load(
            lexicon: options.lexicon.map(file), extra: options.extraLexicons.map(file), emojiLexicon: options.emojiLexicon.map(file))
        self.options = options
        self.scorer = VaderScorer(lexicon: lexicon)
        self.documentScore = documentScore
    }

    /// Builds the stage outside a pipeline (paths relative to the current folder).
    public init(explain: Bool = true, documentScore: SentimentDocumentScore = .weightedMean) throws {
        try self.init(options: Options(explain: explain, documentScore: documentScore.rawValue), context: StageContext(baseDirectory: ""))
    }

    /// Adds the `sentiment` layer over the `sentences` layer.
    public func process(_ document: inout Document) throws {
        let text = try document.requireText()
        let tokens = try document.require(TokensLayer.self).items
        let sentences = try document.require(SentencesLayer.self).items
        document.layers[SentimentLayer.self] = try scores(text, tokens: tokens, sentences: sentences)
    }

    /// The sentiment of `sentences` of `text`, with `tokens` (for the document score's weights).
    public func scores(_ text: DocumentText, tokens: [Token], sentences: [Sentence]) throws(StageError) -> SentimentScores {
        var scratch = VaderScratch()
        var results: [SentenceSentiment] = []
        results.reserveCapacity(sentences.count)
        var mean = SentimentWeightedMean()
        for (index, sentence) in sentences.enumerated() {
            let span = sentence.span
            guard span.start >= 0, span.start <= span.end, span.end <= text.count,
                  sentence.tokens.lowerBound >= 0, sentence.tokens.upperBound <= tokens.count else {
                throw StageError.invalidInput(
                    "sentence \(index) \(span) (tokens \(sentence.tokens)) is outside the text (\(text.count) UTF-16 units) or the tokens (\(tokens.count))")
            }
            let scores = text.utf16.withUnsafeBufferPointer { units in
                scorer.score(utf16: UnsafeBufferPointer(rebasing: units[span.start..<span.end]), scratch: &scratch, explain: options.explain)
            }
            results.append(SentenceSentiment(
                span: span, compound: scores.compound, pos: scores.pos, neu: scores.neu, neg: scores.neg,
                explanation: options.explain ? scorer.explanation(in: scratch) : nil))
            var weight = 0
            for token in tokens[sentence.tokens] where token.kind != .punctuation && token.kind != .symbol { weight += 1 }
            mean.add(scores, weight: weight)
        }
        let document: DocumentSentiment
        switch documentScore {
        case .weightedMean:
            document = mean.result(method: documentScore.rawValue)
        case .vaderConcat:
            let whole = text.utf16.withUnsafeBufferPointer { scorer.score(utf16: $0, scratch: &scratch) }
            document = DocumentSentiment(compound: whole.compound, pos: whole.pos, neu: whole.neu, neg: whole.neg, method: documentScore.rawValue)
        }
        return SentimentScores(document: document, sentences: results)
    }
}
