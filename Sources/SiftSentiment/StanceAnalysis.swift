import SiftCore

/// One document's stance analysis: attributions per sentence, then per target the document's and each holder's
/// evidence, merged per holder and turned into judgements.
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
    }

    func results() -> StanceResults {
        let words = AttributionWords(text: text, tokens: tokens)
        let finder = AttributionFinder(words: words)
        let resolver = HolderResolver(words: words, text: text, tokens: tokens, entities: entities)
        let scorer = StanceScorer(lexicon: stage.lexicon, words: words, text: text, tokens: tokens)
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
            var excluded: [Range<Int>] = []
            for attribution in found[index] {
                excluded.append(attribution.holder)
                excluded += attribution.content
                guard let holder = resolve(attribution, at: index) else { continue }
                statements.append(Statement(holder: holder, sentence: index, ranges: attribution.content))
                latest = (holder, index)
            }
            // Quotes with no speaker in this sentence: the speaker named where the quote ends, a `– X` line after
            // it, or the latest holder if it spoke in the last two sentences.
            for quote in finder.quotes where quote.overlaps(range) && !excluded.contains(where: { $0.overlaps(quote) }) {
                let inner = max(range.lowerBound, quote.lowerBound)..<min(range.upperBound, quote.upperBound)
                excluded.append(inner)
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
                    statements.append(Statement(holder: holder, sentence: index, ranges: [inner]))
                    latest = (holder, index)
                }
            }
            statements.append(Statement(holder: nil, sentence: index, ranges: Self.subtract(excluded, from: range)))
        }
        var results: [StanceTargetResult] = []
        for (targetIndex, target) in stage.targets.enumerated() {
            var mentioned = [Bool](repeating: false, count: sentences.count)
            for (index, sentence) in sentences.enumerated() { mentioned[index] = scorer.mentions([sentence.tokens], target: target, entities: entities) }
            var documentEvidence: [StanceEvidence] = []
            var holders: [(holder: ResolvedHolder, evidence: [StanceEvidence])] = []
            for statement in statements where !statement.ranges.isEmpty {
                let index = statement.sentence
                let direct = scorer.mentions(statement.ranges, target: target, entities: entities)
                let carried = scorer.continues(statement.ranges) && (mentioned[index] || (index > 0 && mentioned[index - 1]))
                guard direct || carried else { continue }
                let sentenceSentiment = sentiment?[index].compound
                let cues = scorer.cues(in: statement.ranges, sentence: sentences[index].tokens, target: target, targetLexicon: stage.targetLexicons[targetIndex])
                let evidence = StanceEvidence(sentence: index, cues: cues, sentiment: sentenceSentiment)
                if cues.isEmpty && !(stage.options.useSentiment && direct && abs(sentenceSentiment ?? 0) >= 0.05) { continue }
                if let holder = statement.holder {
                    if let at = holders.firstIndex(where: { Self.sameHolder($0.holder, holder) }) { Self.add(evidence, to: &holders[at].evidence) }
                    else { holders.append((holder, [evidence])) }
                } else {
                    Self.add(evidence, to: &documentEvidence)
                }
            }
            let holderResults = holders.map { entry in
                StanceHolder(text: entry.holder.text, span: entry.holder.span, entityID: entry.holder.entityID, judgement: judge(entry.evidence))
            }
            results.append(StanceTargetResult(target: target.id, document: judge(documentEvidence), holders: holderResults))
        }
        return StanceResults(targets: results)
    }

    /// Appends `evidence`, joining it with the last item when both are about the same sentence.
    static func add(_ evidence: StanceEvidence, to list: inout [StanceEvidence]) {
        if let last = list.indices.last, list[last].sentence == evidence.sentence {
            list[last].cues += evidence.cues
        } else {
            list.append(evidence)
        }
    }

    /// Sums the evidence (cues; sentence sentiment × 0.3 where a sentence has no cue) into a judgement.
    func judge(_ evidence: [StanceEvidence]) -> StanceJudgement {
        var total = 0.0
        for item in evidence {
            if item.cues.isEmpty { total += 0.3 * (item.sentiment ?? 0) } else { total += item.cues.reduce(0) { $0 + $1.value } }
        }
        let score = total / (total * total + 1).squareRoot()
        return StanceJudgement(label: stage.label(score), score: score, evidence: evidence)
    }

    /// Same entity id, same key, or one key ending with the other's words (`Amir Khan Muttaqi` / `Muttaqi`).
    static func sameHolder(_ a: ResolvedHolder, _ b: ResolvedHolder) -> Bool {
        if let x = a.entityID, let y = b.entityID { return x == y }
        if a.key == b.key { return true }
        let (short, long) = a.key.count < b.key.count ? (a.key, b.key) : (b.key, a.key)
        return a.isName && b.isName && !short.isEmpty && long.hasSuffix(" " + short)
    }

    /// `range` minus `parts`, as ascending ranges.
    static func subtract(_ parts: [Range<Int>], from range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for part in parts.sorted(by: { $0.lowerBound < $1.lowerBound }) where part.upperBound > start {
            if part.lowerBound > start { result.append(start..<min(part.lowerBound, range.upperBound)) }
            start = max(start, part.upperBound)
            if start >= range.upperBound { break }
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }
}
