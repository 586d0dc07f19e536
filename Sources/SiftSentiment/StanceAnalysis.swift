import SiftCore

/// One document's stance analysis: attributions per sentence turned into statements (who said which tokens),
/// then per target the document's and each holder's evidence (`StanceAnalysis+Targets.swift`).
///
/// Every step is linear in the number of tokens, or bounded per token, so a 1 MB sentence stays fast.
struct StanceAnalysis {
    let stage: StanceStage
    let text: DocumentText
    let tokens: [Token]
    let sentences: [Sentence]
    let sentiment: [SentenceSentiment]?
    let entities: [Entity]

    /// A statement: who (nil for the document's own voice) and which tokens of which sentence.
    struct Statement {
        var holder: ResolvedHolder?
        var sentence: Int
        var ranges: [Range<Int>]
        /// The statement is a quote: a quote inside a sentence that mentions the target is about the target.
        var isQuote = false
        /// The document's part of a sentence that also has attributed statements (its sentiment is theirs).
        var isRemainder = false
    }

    func results() -> StanceResults {
        let words = AttributionWords(text: text, tokens: tokens)
        let finder = AttributionFinder(words: words)
        let resolver = HolderResolver(words: words, text: text, tokens: tokens, entities: entities)
        let scorer = StanceScorer(lexicon: stage.lexicon, words: words, text: text, tokens: tokens, entities: entities)
        let statements = statements(finder: finder, resolver: resolver)
        return StanceResults(targets: stage.targets.indices.map { targetResult($0, statements: statements, scorer: scorer) })
    }

    /// The statements of every sentence: attributed ones, then the rest of the sentence as the document's own.
    func statements(finder: AttributionFinder, resolver: HolderResolver) -> [Statement] {
        let found = sentences.map { finder.attributions(in: $0.tokens) }
        var quoteSpeakers: [Range<Int>: Attribution] = [:]
        for attributions in found { for attribution in attributions { if let quote = attribution.quote { quoteSpeakers[quote] = attribution } } }
        var statements: [Statement] = []
        var latest: (holder: ResolvedHolder, sentence: Int)?
        func resolve(_ attribution: Attribution, at index: Int) -> ResolvedHolder? {
            resolver.resolve(attribution.holder, pronoun: attribution.isPronoun, latest: latest?.holder,
                             recent: latest.map { index - $0.sentence <= 3 } ?? false)
        }
        for (index, sentence) in sentences.enumerated() {
            let range = sentence.tokens
            var excluded = [Bool](repeating: false, count: range.count)
            func exclude(_ part: Range<Int>) {
                let lower = max(part.lowerBound, range.lowerBound)
                for token in lower..<max(lower, min(part.upperBound, range.upperBound)) { excluded[token - range.lowerBound] = true }
            }
            for attribution in found[index] {
                exclude(attribution.holder)
                attribution.content.forEach(exclude)
                guard let holder = resolve(attribution, at: index) else { continue }
                statements.append(Statement(holder: holder, sentence: index, ranges: attribution.content, isQuote: attribution.quote != nil))
                latest = (holder, index)
            }
            // Quotes with no speaker in this sentence: the speaker named where the quote ends, a `– X` line after
            // it, or the latest holder if it spoke in the last two sentences.
            for quote in finder.quoteIndices(overlapping: range).map({ finder.quotes[$0] }) {
                let inner = max(range.lowerBound, quote.lowerBound)..<min(range.upperBound, quote.upperBound)
                if inner.isEmpty || excluded[inner.lowerBound - range.lowerBound] || excluded[inner.upperBound - 1 - range.lowerBound] { continue }
                exclude(inner)
                var holder: ResolvedHolder?
                if let speaker = quoteSpeakers[quote] {
                    holder = resolve(speaker, at: index)
                } else if quote.upperBound >= range.upperBound - 1, index + 1 < sentences.count,
                          let dash = finder.dashHolder(in: sentences[index + 1].tokens) {
                    holder = resolver.resolve(dash, pronoun: false, latest: nil)
                } else if let last = latest, index - last.sentence <= 2 {
                    holder = last.holder
                }
                if let holder {
                    statements.append(Statement(holder: holder, sentence: index, ranges: [inner], isQuote: true))
                    latest = (holder, index)
                }
            }
            var own: [Range<Int>] = []
            var start: Int?
            for token in range {
                if excluded[token - range.lowerBound] {
                    if let first = start { own.append(first..<token); start = nil }
                } else if start == nil {
                    start = token
                }
            }
            if let first = start { own.append(first..<range.upperBound) }
            statements.append(Statement(holder: nil, sentence: index, ranges: own, isRemainder: own != [range]))
        }
        return statements
    }
}
