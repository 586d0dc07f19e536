import SiftCore

/// Turning the steps recorded while scoring into `SentimentCue`s.
extension VaderScorer {
    /// The cues of the last text scored into `scratch` with `explain: true`, word by word in text order, then
    /// the punctuation emphasis. Words whose final valence is 0 are left out (they did not move the score).
    public func explanation(in scratch: VaderScratch) -> [SentimentCue] {
        // Cues are recorded word by word, except the "but" rule's, which come last: order by (word, recording).
        var order = scratch.cues.enumerated().map { (word: $0.element.word, index: $0.offset) }
        order.sort { $0.word != $1.word ? $0.word < $1.word : $0.index < $1.index }
        var result: [SentimentCue] = []
        result.reserveCapacity(order.count + 1)
        for (_, index) in order {
            let cue = scratch.cues[index]
            guard cue.word < scratch.sentiments.count, scratch.sentiments[cue.word] != 0 else { continue }
            let word = scratch.words[cue.word]
            let modifier = cue.modifierStart < cue.modifierEnd
                ? (cue.modifierStart..<cue.modifierEnd).map { lowerText(scratch, $0) }.joined(separator: " ") : nil
            result.append(SentimentCue(
                term: lowerText(scratch, cue.word), valence: word.valence, rule: cue.rule,
                weight: Self.roundWeight(cue.weight), modifier: modifier))
        }
        let punctuation = scratch.punctuation
        let amplifier = punctuation.amplifier
        let sum = scratch.sentiments.reduce(0, +)
        if amplifier != 0 && sum != 0 {
            var marks = String(repeating: "!", count: min(punctuation.exclamations, 4))
            if punctuation.questions > 1 { marks += String(repeating: "?", count: min(punctuation.questions, 4)) }
            result.append(SentimentCue(term: marks, valence: 0, rule: .punctuation, weight: Self.roundWeight(sum > 0 ? amplifier : -amplifier)))
        }
        return result
    }

    /// Word `index` of the last scored text, lower-cased.
    private func lowerText(_ scratch: VaderScratch, _ index: Int) -> String {
        let word = scratch.words[index]
        return String(decoding: scratch.lower[word.lowerStart..<word.lowerEnd], as: UTF8.self)
    }

    /// Weights are reported to 4 decimals (they are differences of doubles: 0.29300000000000004 → 0.293).
    private static func roundWeight(_ weight: Double) -> Double {
        (weight * 10_000).rounded() / 10_000
    }
}
