import SiftCore

extension NameScan {
    /// Whether a sentence is a heading, a menu line or shouting, where capitals say nothing about names:
    /// "Russia Grants Recognition to Taliban Government of Afghanistan", "TOP CATEGORIES".
    ///
    /// Content words are the words that are not function words. A sentence is a heading when it has at
    /// least three content words, all capitalised, and at least two of them are common English words
    /// that are neither head words nor titles (`Grants`, `Recognition`); or when at least two content
    /// words, and four in five of them, are written in capitals. "Vladimir Putin met Xi Jinping" (a lowercase
    /// verb) and "Russian Foreign Ministry" (one common word besides the head) are not headings.
    func looksLikeHeading(_ sentence: Sentence) -> Bool {
        let lower = max(0, sentence.tokens.lowerBound)
        let upper = min(tokens.count, sentence.tokens.upperBound)
        guard lower < upper else { return false }
        var content = 0
        var capitalised = 0
        var capitals = 0
        var commonCapitalised = 0
        for index in lower..<upper {
            let shape = tokens.shapes[index]
            guard shape == .capitalised || shape == .allCaps || shape == .lower else { continue }
            if shape != .allCaps && lexicon.functionWords.contains(tokens.keys[index]) { continue }
            content += 1
            switch shape {
            case .allCaps:
                capitals += 1
                capitalised += 1
            case .capitalised:
                capitalised += 1
                let key = tokens.keys[index]
                if lexicon.commonWords.contains(key), lexicon.heads[tokens.words[index]] == nil,
                    !lexicon.titles.containsWord(key), !lexicon.titleModifiers.contains(key),
                    !lexicon.givenNames.contains(key)
                {
                    commonCapitalised += 1
                }
            default:
                break
            }
        }
        if capitals >= 2 && capitals * 5 >= content * 4 { return true }
        return content >= 3 && capitalised == content && commonCapitalised >= 2
    }
}
