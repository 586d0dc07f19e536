/// Who says what: the attributed statements of one sentence, found with general English reporting patterns.
///
/// Patterns (token-based, bounded windows): `“…,” said X` / `“…,” X said` / `“…” – X` after a quote;
/// `X said: “…”` before one; `X said (that) …`, `X argued …`, `X hailed/welcomed/condemned …`, `X described it as …`,
/// `X has called them …`, `X urged …` with X the subject before the verb (auxiliaries and adverbs such as `has also`,
/// `did not` may come between); `…, X said.` at the end; `according to X, …`; and a sentence-initial subject
/// followed by a parenthetical (`X, in a statement, described …`). Pronoun subjects (`he said`) are returned as
/// pronouns for `HolderResolver`.
struct Attribution {
    /// The holder's tokens.
    var holder: Range<Int>
    /// The statement's tokens (they may include the verb, which can itself be a cue: `hailed`, `condemned`).
    var content: [Range<Int>]
    /// The holder is a pronoun (`he`, `she`, `they`, `it`).
    var isPronoun: Bool
    /// The quote (with its marks) this attribution is about, if any.
    var quote: Range<Int>? = nil
}

struct AttributionFinder {
    let words: AttributionWords
    /// The quotes of the document, as token ranges including the quote marks.
    let quotes: [Range<Int>]

    init(words: AttributionWords) {
        self.words = words
        var quotes: [Range<Int>] = []
        var open: Int?
        for index in 0..<words.count {
            if let start = open {
                if words.isQuoteClose(index) { quotes.append(start..<(index + 1)); open = nil }
                else if index - start > 600 { open = nil }  // an unbalanced mark: forget it
            } else if words.isQuoteOpen(index) {
                open = index
            }
        }
        self.quotes = quotes
    }

    /// The indices of the quotes overlapping `range` (quotes are sorted and disjoint: binary search).
    func quoteIndices(overlapping range: Range<Int>) -> Range<Int> {
        var low = 0
        var high = quotes.count
        while low < high {
            let mid = (low + high) / 2
            if quotes[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < quotes.count, quotes[end].lowerBound < range.upperBound { end += 1 }
        return low..<end
    }

    /// The attributions in the sentence covering `range`.
    func attributions(in range: Range<Int>) -> [Attribution] {
        var found: [Attribution] = []
        // Tokens already explained (attributed quotes and their holders), relative to the sentence start.
        var covered = [Bool](repeating: false, count: range.count)
        func cover(_ part: Range<Int>) {
            for index in max(part.lowerBound, range.lowerBound)..<max(max(part.lowerBound, range.lowerBound), min(part.upperBound, range.upperBound)) {
                covered[index - range.lowerBound] = true
            }
        }
        // Quotes ending in this sentence.
        for quote in quoteIndices(overlapping: range).map({ quotes[$0] }) where quote.upperBound <= range.upperBound {
            let inner = (quote.lowerBound + 1)..<(quote.upperBound - 1)
            if let holder = holderAfterQuote(quote.upperBound, limit: range.upperBound) ?? holderBeforeQuote(quote.lowerBound, limit: range.lowerBound) {
                found.append(Attribution(holder: holder.range, content: [inner], isPronoun: holder.pronoun, quote: quote))
                cover(quote)
                cover(holder.range)
            }
        }
        // Reporting verbs outside quotes.
        var inQuote = [Bool](repeating: false, count: range.count)
        for quote in quoteIndices(overlapping: range).map({ quotes[$0] }) {
            for index in max(quote.lowerBound, range.lowerBound)..<min(quote.upperBound, range.upperBound) { inQuote[index - range.lowerBound] = true }
        }
        var index = range.lowerBound
        while index < range.upperBound {
            if covered[index - range.lowerBound] || inQuote[index - range.lowerBound] {
                index += 1
                continue
            }
            let word = words.lower[index]
            if word == "according", index + 1 < range.upperBound, words.lower[index + 1] == "to" {
                let holder = forwardPhrase(from: index + 2, limit: range.upperBound)
                if !holder.isEmpty, isHolder(holder) {
                    found.append(Attribution(holder: holder, content: [range.lowerBound..<index, holder.upperBound..<range.upperBound], isPronoun: false))
                    return Self.cut(found)
                }
            }
            // `X are furious about …`, `X remain deeply sceptical of …`: an attitude adjective after a copula.
            if AttributionWords.attitudes.contains(word), !words.capitalised[index],
               (index - 1 >= range.lowerBound && AttributionWords.copulas.contains(words.lower[index - 1]))
                || (index - 2 >= range.lowerBound && AttributionWords.copulas.contains(words.lower[index - 2])) {
                if let holder = subject(before: index, limit: range.lowerBound) {
                    found.append(Attribution(holder: holder.range, content: [index..<range.upperBound], isPronoun: holder.pronoun))
                    cover(holder.range.lowerBound..<(index + 1))
                }
                index += 1
                continue
            }
            if AttributionWords.reportingVerbs.contains(word), !words.capitalised[index] {
                if let holder = subject(before: index, limit: range.lowerBound) {
                    // `The project, they argue, would …`: a parenthetical attribution covers both sides.
                    let parenthetical = holder.range.lowerBound > range.lowerBound && words.isComma(holder.range.lowerBound - 1)
                        && index + 1 < range.upperBound && words.isComma(index + 1)
                    let content = parenthetical ? [range.lowerBound..<(holder.range.lowerBound - 1), (index + 2)..<range.upperBound] : [index..<range.upperBound]
                    found.append(Attribution(holder: holder.range, content: content, isPronoun: holder.pronoun))
                    cover(holder.range.lowerBound..<(index + 1))
                    index += 1
                    continue
                }
                // `…, said X.` / `…, X said.` closing the sentence.
                if index > range.lowerBound, words.isComma(index - 1), !Self.addressVerbs.contains(word) {
                    let holder = forwardPhrase(from: index + 1, limit: range.upperBound)
                    if !holder.isEmpty, isHolder(holder),
                       holder.upperBound >= range.upperBound - 1 || Self.phraseEnders.contains(words.lower[holder.upperBound]) {
                        found.append(Attribution(holder: holder, content: [range.lowerBound..<(index + 1)], isPronoun: false))
                        return Self.cut(found)
                    }
                }
                // `X, in a statement on Monday, described …`, `X has long pushed …, telling …`: the sentence's subject.
                let initial = forwardPhrase(from: range.lowerBound, limit: index)
                if found.isEmpty, !initial.isEmpty, initial.upperBound < index, isHolder(initial), index - initial.upperBound <= 30 {
                    found.append(Attribution(holder: initial, content: [index..<range.upperBound], isPronoun: false))
                    cover(initial)
                }
            }
            index += 1
        }
        return Self.cut(found)
    }

    /// Ends each statement where another attribution's holder begins after it (`X said …, while Y called …`).
    static func cut(_ found: [Attribution]) -> [Attribution] {
        guard found.count > 1 else { return found }
        let starts = found.map(\.holder.lowerBound).sorted()
        return found.map { attribution in
            var result = attribution
            result.content = attribution.content.map { range in
                // The first holder starting at or after the range's start, other than this attribution's own.
                var low = 0
                var high = starts.count
                while low < high {
                    let mid = (low + high) / 2
                    if starts[mid] < range.lowerBound { low = mid + 1 } else { high = mid }
                }
                while low < starts.count, starts[low] == attribution.holder.lowerBound { low += 1 }
                let end = low < starts.count ? min(range.upperBound, max(range.lowerBound, starts[low])) : range.upperBound
                return range.lowerBound..<end
            }
            return result
        }
    }

    /// A sentence that is only `– X` (a dash and a holder): the speaker of the quote before it.
    func dashHolder(in range: Range<Int>) -> Range<Int>? {
        guard !range.isEmpty, words.isDash(range.lowerBound) else { return nil }
        let holder = forwardPhrase(from: range.lowerBound + 1, limit: range.upperBound)
        var end = holder.upperBound
        while end < range.upperBound, words.punctuation[end] { end += 1 }
        return !holder.isEmpty && end == range.upperBound && isHolder(holder) ? holder : nil
    }

    /// `, said X` / `, X said` / `– X` right after a closing quote at `end`.
    private func holderAfterQuote(_ end: Int, limit: Int) -> (range: Range<Int>, pronoun: Bool)? {
        var index = end
        while index < limit, words.isComma(index) || words.isDash(index) { index += 1 }
        guard index < limit else { return nil }
        if AttributionWords.reportingVerbs.contains(words.lower[index]) || words.lower[index] == "read" || words.lower[index] == "reads" {
            let holder = forwardPhrase(from: index + 1, limit: limit)
            if !holder.isEmpty, isHolder(holder) { return (holder, false) }
            // Right after `“…,” said`, any short noun phrase speaks: `said one commuter`.
            let loose = loosePhrase(from: index + 1, limit: limit)
            if !loose.isEmpty, loose.upperBound >= limit - 1 || Self.phraseEnders.contains(words.lower[loose.upperBound]) { return (loose, false) }
            // `read a statement issued by X`, `said a statement from X`: the agent after `by` / `from`.
            var position = index + 1
            while position < limit, position <= index + 6, !words.punctuation[position] {
                if words.lower[position] == "by" || words.lower[position] == "from" {
                    let agent = forwardPhrase(from: position + 1, limit: limit)
                    return !agent.isEmpty && isHolder(agent) ? (agent, false) : nil
                }
                position += 1
            }
            return nil
        }
        if AttributionWords.pronouns.contains(words.lower[index]), index + 1 < limit, AttributionWords.reportingVerbs.contains(words.lower[index + 1]) {
            return (index..<(index + 1), true)
        }
        let holder = forwardPhrase(from: index, limit: limit)
        // `“…,” one commuter said`: any short noun phrase directly followed by the reporting verb.
        let loose = loosePhrase(from: index, limit: limit)
        if !loose.isEmpty, loose.upperBound < limit, AttributionWords.reportingVerbs.contains(words.lower[loose.upperBound]),
           holder.isEmpty || !isHolder(holder) || holder.upperBound != loose.upperBound {
            return (loose, false)
        }
        guard !holder.isEmpty, isHolder(holder) else { return nil }
        if holder.upperBound < limit, AttributionWords.reportingVerbs.contains(words.lower[holder.upperBound]) { return (holder, false) }
        if end < limit, words.isDash(end), holder.upperBound >= limit - 1 { return (holder, false) }
        return nil
    }

    /// `X said: “…”` / `X said, “…”` / `X told reporters: “…”` before an opening quote at `start`.
    private func holderBeforeQuote(_ start: Int, limit: Int) -> (range: Range<Int>, pronoun: Bool)? {
        var index = start - 1
        while index >= limit, index >= start - 6 {
            if AttributionWords.reportingVerbs.contains(words.lower[index]), !words.capitalised[index] {
                return subject(before: index, limit: limit)
            }
            index -= 1
        }
        return nil
    }

    /// The subject phrase ending right before `verb` (skipping auxiliaries and adverbs), or a pronoun.
    private func subject(before verb: Int, limit: Int) -> (range: Range<Int>, pronoun: Bool)? {
        var end = verb
        while end > limit, end > verb - 4, AttributionWords.auxiliaries.contains(words.lower[end - 1]) || words.lower[end - 1].hasSuffix("n't") { end -= 1 }
        guard end > limit else { return nil }
        if AttributionWords.pronouns.contains(words.lower[end - 1]) { return ((end - 1)..<end, true) }
        var start = end
        while start > limit, end - start < 12, isHolderWord(start - 1) { start -= 1 }
        while start < end, ["the", "of", "and", "a", "an", "'s"].contains(words.lower[start]) { start += 1 }
        guard start < end, isHolder(start..<end) else { return nil }
        return (start..<end, false)
    }

    /// The holder phrase starting at `start` (leading determiners skipped).
    func forwardPhrase(from start: Int, limit: Int) -> Range<Int> {
        var first = start
        while first < limit, ["the", "a", "an"].contains(words.lower[first]) { first += 1 }
        var end = first
        while end < limit, end - first < 12, isHolderWord(end) { end += 1 }
        while end > first, ["the", "of", "and", "'s"].contains(words.lower[end - 1]) { end -= 1 }
        return first..<end
    }

    /// Whether a phrase can hold a stance: it has a capitalised word that is not just the sentence's first word,
    /// or a group noun.
    func isHolder(_ range: Range<Int>) -> Bool {
        for index in range {
            if AttributionWords.groupHeads.contains(words.lower[index]) { return true }
            if words.capitalised[index], !AttributionWords.nonHolders.contains(words.lower[index]), !["the", "a", "an", "some", "many", "several"].contains(words.lower[index]) { return true }
        }
        return false
    }
}
