import SiftCore

/// A resolved stance holder: display text, span, entity id (when an entity covers it) and the key statements
/// of the same holder are merged under (the entity id, else the normalised text).
struct ResolvedHolder: Hashable {
    var text: String
    var span: TextSpan
    var entityID: String?
    var key: String
    var isPerson: Bool
    /// The holder's head word is capitalised (a name, not a group noun): only names merge by a shared last word.
    var isName: Bool = false
}

/// Turns attribution holders into `ResolvedHolder`s: entity ids, normalised keys, and pronouns resolved to the
/// nearest preceding PERSON entity (`he`, `she`) or the latest holder (`they`, `it`, or when no entities exist).
struct HolderResolver {
    let words: AttributionWords
    let text: DocumentText
    let tokens: [Token]
    /// Entities in text order.
    let entities: [Entity]

    /// Determiners and quantifiers dropped from the merge key (`the ministry` = `ministry`).
    static let dropped: Set<String> = ["the", "a", "an", "some", "many", "most", "several", "other", "few"]

    /// The holder for `range`, or nil when a pronoun cannot be resolved. `latest` is the most recent holder and
    /// `recent` whether it spoke in the last three sentences: a recent person holder wins over a nearer person
    /// merely mentioned (`Muttaqi, after meeting envoy Zhirnov, … “…,” he said` is Muttaqi).
    func resolve(_ range: Range<Int>, pronoun: Bool, latest: ResolvedHolder?, recent: Bool = false) -> ResolvedHolder? {
        let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        if pronoun {
            let word = words.lower[range.lowerBound]
            if word == "he" || word == "she" {
                if let latest, recent, latest.isPerson || entities.isEmpty { return latest }
                if let person = nearestPerson(before: span.start) { return person }
                if entities.isEmpty, let name = nearestName(before: range.lowerBound) { return name }
                return latest
            }
            return word == "we" ? nil : latest
        }
        // The head is the last word before `of` (`the Foreign Ministry of Russia`), else the last word; an entity
        // names the holder when it covers the head (`Russian` does not name `Russian officials`).
        let head = (range.first { words.lower[$0] == "of" && $0 > range.lowerBound }).map { $0 - 1 } ?? (range.upperBound - 1)
        let headSpan = tokens[head].span
        let entity = lastEntity(startingBefore: headSpan.end).flatMap { $0.span.end >= headSpan.end - 2 && $0.span.overlaps(span) ? $0 : nil }
        let key = entity?.id ?? Self.normalisedKey(range.map { words.lower[$0] })
        return ResolvedHolder(text: text.substring(span), span: span, entityID: entity?.id, key: key, isPerson: entity?.label == "PERSON",
                              isName: words.capitalised[head])
    }

    /// The merge key of a holder phrase's lower-cased words.
    static func normalisedKey(_ lower: [String]) -> String {
        var kept = lower.filter { !dropped.contains($0) && $0 != "'s" }
        if let last = kept.last, last.hasSuffix("'s") { kept[kept.count - 1] = String(last.dropLast(2)) }
        return kept.joined(separator: " ")
    }

    /// Without an entities layer: the nearest run of two or more capitalised words in the 80 tokens before `index`.
    private func nearestName(before index: Int) -> ResolvedHolder? {
        var end = index
        var position = index - 1
        while position >= max(0, index - 80) {
            let name = words.capitalised[position] && !words.punctuation[position] && !AttributionWords.nonHolders.contains(words.lower[position])
            if !name {
                if end - position - 1 >= 2 { return resolve((position + 1)..<end, pronoun: false, latest: nil) }
                end = position
            }
            position -= 1
        }
        return end - position - 1 >= 2 ? resolve((position + 1)..<end, pronoun: false, latest: nil) : nil
    }

    /// The index after the last entity starting before `offset` (binary search; entities are in text order).
    private func entityBound(_ offset: Int) -> Int {
        var low = 0
        var high = entities.count
        while low < high {
            let mid = (low + high) / 2
            if entities[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func lastEntity(startingBefore offset: Int) -> Entity? {
        let bound = entityBound(offset)
        return bound > 0 ? entities[bound - 1] : nil
    }

    /// The nearest PERSON entity before `offset` (looking back at most 200 entities).
    private func nearestPerson(before offset: Int) -> ResolvedHolder? {
        var index = entityBound(offset) - 1
        var steps = 0
        while index >= 0, steps < 200 {
            let entity = entities[index]
            if entity.label == "PERSON" {
                return ResolvedHolder(text: text.substring(entity.span), span: entity.span, entityID: entity.id, key: entity.id, isPerson: true)
            }
            index -= 1
            steps += 1
        }
        return nil
    }
}
