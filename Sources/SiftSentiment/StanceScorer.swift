import SiftCore

/// Scores stance cues in token ranges and decides whether a range is about a target.
///
/// A cue contributes polarity × weight; a negation (`not`, `n't`, `never`, `no`, `without`, `refused to`, `failed
/// to`, `declined to`, …) up to three words before it, in the same clause, flips it; a contrast word (`but`,
/// `however`, `yet`, `although`, `though`) in the sentence scales cues before it by 0.5 and after it by 1.5.
struct StanceScorer {
    let lexicon: CueLexicon
    let words: AttributionWords
    let text: DocumentText
    let tokens: [Token]
    /// Entities in text order, non-overlapping.
    let entities: [Entity]

    static let negators: Set<String> = ["not", "n't", "never", "no", "without", "nor", "hardly", "barely", "neither", "cannot", "nobody", "none", "little"]
    static let negatingVerbs: Set<String> = ["refused", "refuses", "refuse", "failed", "fails", "fail", "declined", "declines", "decline", "stopped", "stop", "ceased"]
    static let contrasts: Set<String> = ["but", "however", "yet", "although", "though", "nevertheless", "nonetheless", "whereas"]
    static let anaphors: Set<String> = ["it", "this", "that", "these", "such", "which"]

    /// The first contrast word of a sentence.
    func contrast(in sentence: Range<Int>) -> Int? {
        sentence.first { Self.contrasts.contains(words.lower[$0]) }
    }

    /// The cues in `ranges` (of the sentence `sentence`, whose first contrast word is at `contrastIndex`), with
    /// the target's own cues from `targetLexicon`.
    func cues(in ranges: [Range<Int>], sentence: Range<Int>, contrast contrastIndex: Int?, targetLexicon: CueLexicon) -> [StanceCueHit] {
        var hits: [StanceCueHit] = []
        for range in ranges {
            var index = range.lowerBound
            while index < range.upperBound {
                let general = lexicon.match(words.lower, at: index, end: range.upperBound)
                let specific = targetLexicon.match(words.lower, at: index, end: range.upperBound)
                guard let match = (specific?.length ?? 0) >= (general?.length ?? 0) ? specific : general else {
                    index += 1
                    continue
                }
                let last = index + match.length - 1
                var value = Double(match.entry.polarity) * match.entry.weight
                var rules: [String] = []
                if negated(before: index, sentence: sentence) {
                    value = -value
                    rules.append("negated")
                }
                if let contrast = contrastIndex {
                    if index > contrast { value *= 1.5; rules.append("contrast_after") }
                    else if index < contrast, words.lower[contrast] == "but" || words.lower[contrast] == "however" || words.lower[contrast] == "yet" {
                        value *= 0.5
                        rules.append("contrast_before")
                    }
                }
                let span = TextSpan(start: tokens[index].span.start, end: tokens[last].span.end)
                hits.append(StanceCueHit(text: text.substring(span), span: span, polarity: match.entry.polarity, value: value, rules: rules))
                index += match.length
            }
        }
        return hits
    }

    /// A negation up to three words before `index`, not across punctuation.
    func negated(before index: Int, sentence: Range<Int>) -> Bool {
        var position = index - 1
        while position >= sentence.lowerBound, position >= index - 3 {
            let word = words.lower[position]
            if words.punctuation[position] { return false }
            if Self.negators.contains(word) || word.hasSuffix("n't") { return true }
            if Self.negatingVerbs.contains(word) { return true }
            position -= 1
        }
        return false
    }

    /// Whether the tokens of `ranges` mention the target (a phrase or an entity of the target).
    func mentions(_ ranges: [Range<Int>], target: StanceTarget) -> Bool {
        for range in ranges {
            for index in range {
                for phrase in target.phrases where index + phrase.count <= range.upperBound {
                    var ok = true
                    for (offset, word) in phrase.enumerated() where !CueLexicon.word(word, matches: words.lower[index + offset]) {
                        ok = false
                        break
                    }
                    if ok { return true }
                }
            }
            if !target.entityIDs.isEmpty, !range.isEmpty {
                let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
                var low = 0
                var high = entities.count
                while low < high {
                    let mid = (low + high) / 2
                    if entities[mid].span.end <= span.start { low = mid + 1 } else { high = mid }
                }
                while low < entities.count, entities[low].span.start < span.end {
                    if target.entityIDs.contains(entities[low].id) { return true }
                    low += 1
                }
            }
        }
        return false
    }

    /// Whether `ranges` continue the previous sentence's topic with an anaphor (`it`, `this`, `such`).
    func continues(_ ranges: [Range<Int>]) -> Bool {
        ranges.contains { range in range.contains { Self.anaphors.contains(words.lower[$0]) } }
    }
}
