import SiftCore

extension StanceAnalysis {
    /// Evidence being collected for one holder (or the document): items in sentence order, cue spans seen once.
    struct EvidenceList {
        var items: [StanceEvidence] = []
        var seen: Set<TextSpan> = []

        /// Appends `evidence`, joining it with the last item when both are about the same sentence; a quote found
        /// both on its own and inside a reported clause counts once.
        mutating func add(_ evidence: StanceEvidence) {
            let cues = evidence.cues.filter { seen.insert($0.span).inserted }
            if let last = items.indices.last, items[last].sentence == evidence.sentence {
                items[last].cues += cues
            } else {
                items.append(StanceEvidence(sentence: evidence.sentence, cues: cues, sentiment: evidence.sentiment))
            }
        }
    }

    /// The document's and the holders' stance towards target `targetIndex`.
    func targetResult(_ targetIndex: Int, statements: [Statement], scorer: StanceScorer) -> StanceTargetResult {
        let target = stage.targets[targetIndex]
        let mentioned = sentences.map { scorer.mentions([$0.tokens], target: target) }
        let contrasts = sentences.map { scorer.contrast(in: $0.tokens) }
        var document = EvidenceList()
        var holders: [(holder: ResolvedHolder, evidence: EvidenceList)] = []
        var byKey: [String: Int] = [:]
        for statement in statements where !statement.ranges.isEmpty {
            let index = statement.sentence
            let direct = scorer.mentions(statement.ranges, target: target)
            let carried = (statement.isQuote && mentioned[index])
                || (scorer.continues(statement.ranges) && (mentioned[index] || (index > 0 && mentioned[index - 1])))
            guard direct || carried else { continue }
            let sentenceSentiment = sentiment?[index].compound
            let cues = scorer.cues(in: statement.ranges, sentence: sentences[index].tokens, contrast: contrasts[index],
                                   targetLexicon: stage.targetLexicons[targetIndex])
            let evidence = StanceEvidence(sentence: index, cues: cues, sentiment: sentenceSentiment)
            guard let holder = statement.holder else {
                // The document keeps only sentences with weight; holders are listed whenever they speak about the target.
                if !cues.isEmpty || (stage.options.useSentiment && direct && !statement.isRemainder && abs(sentenceSentiment ?? 0) >= 0.05) {
                    document.add(evidence)
                }
                continue
            }
            let key = holder.entityID ?? holder.key
            if let at = byKey[key] ?? (holder.isName ? holders.suffix(200).firstIndex { Self.sameHolder($0.holder, holder) } : nil) {
                holders[at].evidence.add(evidence)
                byKey[key] = at
            } else {
                var list = EvidenceList()
                list.add(evidence)
                byKey[key] = holders.count
                holders.append((holder, list))
            }
        }
        return StanceTargetResult(
            target: target.id, document: judge(document.items),
            holders: holders.map { StanceHolder(text: $0.holder.text, span: $0.holder.span, entityID: $0.holder.entityID, judgement: judge($0.evidence.items)) })
    }

    /// Sums the evidence (cues; with use_sentiment, 0.3 × the sentence's compound where it has no cue) into a
    /// judgement with score s / sqrt(s² + 1).
    func judge(_ evidence: [StanceEvidence]) -> StanceJudgement {
        var total = 0.0
        for item in evidence {
            if item.cues.isEmpty { total += stage.options.useSentiment ? 0.3 * (item.sentiment ?? 0) : 0 } else { total += item.cues.reduce(0) { $0 + $1.value } }
        }
        let score = total / (total * total + 1).squareRoot()
        return StanceJudgement(label: stage.label(score), score: score, evidence: evidence)
    }

    /// Same entity id, same key, or two names where one ends with the other's words (`Amir Khan Muttaqi` / `Muttaqi`).
    static func sameHolder(_ a: ResolvedHolder, _ b: ResolvedHolder) -> Bool {
        if let x = a.entityID, let y = b.entityID { return x == y }
        if a.key == b.key { return true }
        let (short, long) = a.key.count < b.key.count ? (a.key, b.key) : (b.key, a.key)
        return a.isName && b.isName && !short.isEmpty && long.hasSuffix(" " + short)
    }
}
