/// Holder phrases: the strict phrase (names, group nouns and their modifiers) and the loose one used right next
/// to a quote's reporting verb, where any short noun phrase speaks (`“…,” one commuter said`).
extension AttributionFinder {
    /// Words that may follow a holder phrase closing a sentence (`…, argued the Daily Ledger in an editorial`).
    static let phraseEnders: Set<String> = [",", ".", "in", "on", "at", "during", "after", "before", "who", "when", "while", "from", "to", "via", ";", ":"]

    /// Verbs whose object is the one spoken to, not the speaker (`…, telling lawmakers, …`).
    static let addressVerbs: Set<String> = ["telling", "told", "tells", "urged", "urges", "urge", "calling", "called", "calls"]

    /// Function words a loose holder phrase never contains.
    static let looseStops: Set<String> = [
        "and", "or", "but", "that", "which", "as", "so", "also", "not", "to", "for", "by", "with", "of", "than", "if",
        "because", "toward", "towards", "about", "into", "over", "under", "this", "these", "those", "its", "their",
    ]

    /// Up to five words (determiners, adjectives, nouns, names) starting at `start`, not across punctuation or a
    /// reporting verb; empty when it holds no word other than a determiner or a pronoun.
    func loosePhrase(from start: Int, limit: Int) -> Range<Int> {
        var end = start
        while end < limit, end - start < 5, !words.punctuation[end], !AttributionWords.reportingVerbs.contains(words.lower[end]),
              !Self.phraseEnders.contains(words.lower[end]), !AttributionWords.auxiliaries.contains(words.lower[end]),
              !AttributionWords.pronouns.contains(words.lower[end]), !Self.looseStops.contains(words.lower[end]),
              words.lower[end].unicodeScalars.first?.properties.isAlphabetic == true {
            end += 1
        }
        var first = start
        while first < end, ["the", "a", "an"].contains(words.lower[first]) { first += 1 }
        return first < end ? first..<end : start..<start
    }

    func isHolderWord(_ index: Int) -> Bool {
        // A plural possessive's apostrophe inside the phrase (`farmers' unions`, `teachers' union`).
        if words.lower[index] == "'", index > 0, words.lower[index - 1].hasSuffix("s"), !words.punctuation[index - 1] { return true }
        if words.punctuation[index] { return false }
        if words.capitalised[index] {
            return !AttributionWords.reportingVerbs.contains(words.lower[index]) && !AttributionWords.nonHolders.contains(words.lower[index])
        }
        return AttributionWords.holderWords.contains(words.lower[index])
    }
}
