import SiftCore

/// Links the mentions of one document and gives every rule-found name its id.
///
/// 1. Mentions with the same words share one label: the one the strongest rule gave (a title or a head
///    word beats a given name, which beats MISC), so `Lavrov` is a PERSON everywhere once
///    `Foreign Minister Lavrov` was seen.
/// 2. Each PERSON (from a rule or a list) makes aliases: its last name, and its first and last name
///    when it has three or more words (`Amir Khan Muttaqi` → `Muttaqi`, `Amir Muttaqi`). A shorter
///    PERSON that is an alias of a longer one joins it.
/// 3. Aliases and the words of every non-MISC rule name are looked for where no name was found —
///    headings, sentence starts, inside MISC sequences (`Putin-Trump`) — and become mentions too.
/// 4. A MISC sequence with the words of a list entity of the document becomes that entity.
/// 5. Ids: a list entity keeps its id and lends it to its aliases; rule-found names get
///    `local:<LABEL>:<slug of the longest mention>`. An alias two people share (`Bush`) goes to the one
///    mentioned last before it (or first after it).
final class MentionLinker {
    let tokens: NameTokens
    let existing: [Entity]
    let occupant: [Int32]
    /// For each token, whether it lies in a heading sentence.
    let inHeading: [Bool]
    let lexicon: NameLexicon
    let settings: NameRuleSettings

    init(tokens: NameTokens, existing: [Entity], occupant: [Int32], inHeading: [Bool], lexicon: NameLexicon, settings: NameRuleSettings) {
        self.tokens = tokens
        self.existing = existing
        self.occupant = occupant
        self.inHeading = inHeading
        self.lexicon = lexicon
        self.settings = settings
    }

    /// The document's entities: the existing ones (minus those swallowed by rule names) and the rule
    /// names with ids, in text order.
    func entities(from found: [NameMention]) -> [Entity] {
        var mentions = harmonisedLabels(found)
        var people: [MentionClusters.PersonMention] = []
        for (index, entity) in existing.enumerated() where entity.label == NameLabel.person {
            let range = tokenRange(ofExisting: index)
            guard !range.isEmpty else { continue }
            people.append(.init(surface: tokens.surface(range), words: aliasWords(range), position: range.lowerBound, id: entity.id))
        }
        for mention in mentions where mention.label == NameLabel.person {
            people.append(.init(
                surface: tokens.surface(mention.tokens), words: aliasWords(mention.tokens),
                position: mention.tokens.lowerBound, id: nil))
        }
        var clusters = MentionClusters(people: people)
        if settings.linkMentions {
            for mention in mentions where mention.label != NameLabel.person && mention.label != NameLabel.misc {
                clusters.addName(surface: tokens.surface(mention.tokens), label: mention.label)
            }
            mentions = linked(mentions, clusters: clusters)
        }
        var absorbed = Set<Int>()
        var result: [Entity] = []
        var localIDs: [String: String] = [:]  // label + surface → id, computed once per name
        func localID(_ label: String, _ surface: String) -> String {
            let key = label + "\u{0}" + surface
            if let id = localIDs[key] { return id }
            let id = Self.localID(label: label, text: surface)
            localIDs[key] = id
            return id
        }
        // A capitalised sequence the rules could only call MISC that a list names elsewhere in the document
        // (`Turkey` first in a sentence, where the gazetteer's stop-list rule does not tag it) is that entity.
        var listed: [String: Entity] = [:]
        if settings.linkMentions {
            for (index, entity) in existing.enumerated() {
                let range = tokenRange(ofExisting: index)
                if !range.isEmpty, listed[tokens.surface(range)] == nil { listed[tokens.surface(range)] = entity }
            }
        }
        for mention in mentions {
            absorbed.formUnion(mention.absorbed)
            let surface = tokens.surface(mention.tokens)
            if mention.label == NameLabel.misc, let entity = listed[surface] {
                result.append(Entity(span: mention.span, label: entity.label, id: entity.id, source: NameRule.linked.rawValue))
                continue
            }
            let id: String
            if mention.label == NameLabel.person, let cluster = clusters.person(for: surface, at: mention.tokens.lowerBound) {
                id = cluster.id ?? localID(NameLabel.person, cluster.longest)
            } else {
                id = localID(mention.label, surface)
            }
            result.append(Entity(span: mention.span, label: mention.label, id: id, source: mention.rule.rawValue))
        }
        for (index, entity) in existing.enumerated() where !absorbed.contains(index) { result.append(entity) }
        return result.sorted { $0.span < $1.span }
    }

    /// The mentions with one label per surface: the label of the strongest rule that found those words.
    func harmonisedLabels(_ mentions: [NameMention]) -> [NameMention] {
        var best: [String: (label: String, strength: Int)] = [:]
        for mention in mentions {
            let surface = tokens.surface(mention.tokens)
            if let current = best[surface], current.strength >= mention.rule.strength { continue }
            best[surface] = (mention.label, mention.rule.strength)
        }
        return mentions.map { mention in
            var copy = mention
            if let label = best[tokens.surface(mention.tokens)]?.label, label != mention.label {
                copy.label = label
                copy.rule = .linked
            }
            return copy
        }
    }

    /// The name words of a person's name that aliases are made of (particles, hyphens, `Jr.` left out).
    func aliasWords(_ range: Range<Int>) -> [String] {
        var words: [String] = []
        for index in range where tokens.isNameLike(index) {
            let key = tokens.keys[index]
            if Self.suffixes.contains(key) { continue }
            words.append(key)
        }
        return words
    }

    /// Generational suffixes that never serve as a last name.
    static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// The tokens an existing entity covers.
    func tokenRange(ofExisting index: Int) -> Range<Int> {
        let span = existing[index].span
        var lower = 0
        var upper = tokens.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if tokens.spans[middle].end <= span.start { lower = middle + 1 } else { upper = middle }
        }
        var end = lower
        while end < tokens.count && occupant[end] == Int32(index) { end += 1 }
        return lower..<max(lower, end)
    }
}
