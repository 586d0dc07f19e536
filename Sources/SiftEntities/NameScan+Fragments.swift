import SiftCore

extension NameScan {
    /// Classifies the capitalised sequence `run` and records the names in it. Rules, in order:
    /// a head word (`Supreme Court`, `Enron Corp.`, `Ministry of Foreign Affairs`); `the X of Y`
    /// (`the Islamic Emirate of Afghanistan`); a sentence-initial common word is dropped
    /// (`Nonetheless`, `Critics`); a word in capitals (`TASS`); a place prefix (`San Diego`); a given
    /// name (`Joe Biden`); anything else that is not made of common words only is MISC. Returns the
    /// index after the last token used.
    func classify(_ run: Range<Int>, sentenceEnd end: Int) -> Int {
        let words = nameWords(run)
        guard !words.isEmpty else { return run.upperBound }
        guard words.count <= Self.maximumFragment else {
            addPeopleList(words)
            return run.upperBound
        }
        if words.count == 1, let head = lexicon.heads[tokens.words[words[0]]], head.suffix {
            attachSuffix(run)
            return run.upperBound
        }
        if let (index, head) = headWord(in: run, end: end) {
            let used = addHeadName(run.lowerBound..<(index + 1), head: head, sentenceEnd: end)
            if index + 1 < run.upperBound {
                return max(used, classify((index + 1)..<run.upperBound, sentenceEnd: end))
            }
            return used
        }
        if run.lowerBound > 0, tokens.keys[run.lowerBound - 1] == "the", !tokens.isPossessive[run.upperBound - 1],
            ofComplement(after: run.upperBound, end: end) != nil,
            let last = words.last, !lexicon.titles.containsWord(tokens.keys[last]), !isOrdinary(last)
        {
            return addHeadName(run, head: NameHead(label: NameLabel.org, standalone: false), sentenceEnd: end, rule: .ofPhrase)
        }
        var lower = run.lowerBound
        if tokens.isInitial[lower], tokens.isNameLike(lower), isCommonWord(lower) || lexicon.titleModifiers.contains(tokens.keys[lower]),
            !lexicon.isClearGivenName(tokens.keys[lower])
        {
            lower += 1
            while lower < run.upperBound && !tokens.isNameLike(lower) { lower += 1 }
            guard lower < run.upperBound else { return run.upperBound }
            return max(run.upperBound, classify(lower..<run.upperBound, sentenceEnd: end))
        }
        if tokens.isNameLike(lower), lexicon.nonNames.contains(tokens.keys[lower]), words.count > 1 {
            lower += 1
            while lower < run.upperBound && !tokens.isNameLike(lower) { lower += 1 }
            return max(run.upperBound, classify(lower..<run.upperBound, sentenceEnd: end))
        }
        let range = lower..<run.upperBound
        if words.count == 1, tokens.shapes[lower] == .allCaps || tokens.shapes[lower] == .initials {
            if let label = settings.acronymLabel, isAcronym(lower) {
                add(NameMention(tokens: range, span: tokens.nameSpan(range), label: label, rule: .acronym))
            }
            return run.upperBound
        }
        if words.count >= 2, let label = lexicon.prefixes[tokens.words[words[0]]] {
            add(NameMention(tokens: range, span: tokens.nameSpan(range), label: label, rule: .head))
            return run.upperBound
        }
        if let length = personLength(words) {
            let personRange = lower..<(words[length - 1] + 1)
            add(NameMention(tokens: personRange, span: tokens.nameSpan(personRange), label: NameLabel.person, rule: .givenName))
            guard length < words.count else { return run.upperBound }
            return max(run.upperBound, classify(words[length]..<run.upperBound, sentenceEnd: end))
        }
        if settings.keepMisc, !words.allSatisfy({ isOrdinary($0) }) {
            add(NameMention(tokens: range, span: tokens.nameSpan(range), label: NameLabel.misc, rule: .capitalised))
        }
        return run.upperBound
    }

    /// Whether a capitalised word is ordinary language, not a name by itself: a common word, a
    /// non-name (`Monday`, `PM`), a title or a title modifier, or a single letter.
    func isOrdinary(_ index: Int) -> Bool {
        let key = tokens.keys[index]
        return key.count < 2 || lexicon.commonWords.contains(key) || lexicon.nonNames.contains(key)
            || lexicon.titles.containsWord(key) || lexicon.titleModifiers.contains(key) || isFunctionWord(index)
    }

    /// Whether a word in capitals is an unknown acronym (`TASS`), not a shouted common word (`FREE`) or a
    /// non-name (`PM`, `LOL`).
    func isAcronym(_ index: Int) -> Bool {
        let key = tokens.keys[index]
        let letters = Array(key.filter { $0 != "." })
        guard letters.count >= 2, letters.count <= 6 else { return false }
        for index in 2..<max(2, letters.count) where letters[index] == letters[index - 1] && letters[index] == letters[index - 2] {
            return false  // a drawn-out word (VERYYY), not an acronym
        }
        let word = String(letters)
        return !lexicon.nonNames.contains(key) && !lexicon.nonNames.contains(word) && !lexicon.commonWords.contains(word)
            && !lexicon.functionWords.contains(word)
    }

    /// A company suffix after a comma joins the name before it: `Google, Inc.` becomes one ORG when
    /// the rules found `Google`; otherwise (a list entity before it, or nothing) the suffix is dropped.
    private func attachSuffix(_ run: Range<Int>) {
        let comma = run.lowerBound - 1
        guard comma > 0, tokens.words[comma] == ",", let last = mentions.last, last.tokens.upperBound == comma,
            !tokens.isPossessive[comma - 1], last.label != NameLabel.person || last.rule != .title
        else { return }
        let range = last.tokens.lowerBound..<run.upperBound
        mentions[mentions.count - 1] = NameMention(
            tokens: range, span: tokens.nameSpan(range), label: NameLabel.org, rule: .head, absorbed: last.absorbed)
    }
}
