import SiftCore

/// What the rules are allowed to do (from the stage's options).
struct NameRuleSettings: Sendable, Equatable {
    /// Report capitalised sequences no rule or list explains, as MISC.
    var keepMisc = true
    /// The label of an unknown word in capitals (`ORG` or `MISC`), or nil to drop it.
    var acronymLabel: String? = NameLabel.org
    /// A given name alone (`Tina`, `Vladimir`) is a PERSON.
    var singleGivenNames = true
    /// An ORG name swallows a NORP or GPE adjective right before it (`Russian` + `Foreign Ministry`).
    var absorbModifiers = true
    /// Link later mentions (last names, same words) to earlier ones and give them the same id.
    var linkMentions = true
}

/// The rule pass over one document: finds names in the sentences that are not headings, around the
/// entities already in the document (from a gazetteer), and collects them as `NameMention`s.
///
/// Work is linear in the number of tokens: every rule looks at a bounded window (a title phrase, a
/// name of at most `maximumNameLength` words, a fragment of at most `maximumFragment` words). A class,
/// so that the rules' closures share it instead of copying its arrays; one document, one thread.
final class NameScan {
    let tokens: NameTokens
    let lexicon: NameLexicon
    let settings: NameRuleSettings
    /// Entities already in the document, sorted by start.
    let existing: [Entity]
    /// For each token, the index of the existing entity overlapping it, or -1, as the rules see it.
    private(set) var occupant: [Int32]
    /// The same for every list entity (`occupant` releases some, see `releasingGivenNames`).
    let listOccupant: [Int32]
    /// Tokens whose list entity the rules may take over if they find a person there: token → entity index.
    private(set) var yielded: [Int: Int] = [:]
    /// For each sentence, whether it is a heading (Title Case or capitals), where capitals say nothing.
    private(set) var isHeading: [Bool] = []
    /// Names found so far, in text order.
    var mentions: [NameMention] = []

    /// The most words a person's name may have after a title.
    static let maximumNameLength = 5
    /// The most words a capitalised sequence may have to be classified at all (longer ones are
    /// headings, menus or shouting, never one name).
    static let maximumFragment = 8

    init(tokens: NameTokens, sentences: [Sentence], existing: [Entity], lexicon: NameLexicon, settings: NameRuleSettings) {
        self.tokens = tokens
        self.lexicon = lexicon
        self.settings = settings
        self.existing = existing
        var occupant = Array(repeating: Int32(-1), count: tokens.count)
        var first = 0
        for (index, entity) in existing.enumerated() {
            while first < tokens.count && tokens.spans[first].end <= entity.span.start { first += 1 }
            var position = first
            while position < tokens.count && tokens.spans[position].start < entity.span.end {
                if tokens.spans[position].end > entity.span.start { occupant[position] = Int32(index) }
                position += 1
            }
        }
        self.listOccupant = occupant
        self.occupant = occupant
        self.isHeading = sentences.map { looksLikeHeading($0) }
        self.occupant = releasingGivenNames(occupant)
    }

    /// The occupancy with list places that read as given names released inside a person's name (`Mary`
    /// GPE in `Mary John`, `Hassan` GPE twice in `Gul Hassan Hassan`): a one-word GPE or LOC entity
    /// that is a clear given name, next to (same sentence, no line break) an uncommon capitalised word no
    /// list holds or another such released entity. The rules may then find a person there, who swallows
    /// the entity; any other name found there is refused (`add`).
    private func releasingGivenNames(_ occupant: [Int32]) -> [Int32] {
        let count = tokens.count
        var candidate = Array(repeating: false, count: count)
        for index in 0..<count where occupant[index] >= 0 {
            let entity = existing[Int(occupant[index])]
            candidate[index] = (entity.label == NameLabel.gpe || entity.label == NameLabel.loc)
                && (index == 0 || occupant[index - 1] != occupant[index])
                && (index + 1 == count || occupant[index + 1] != occupant[index])
                && tokens.shapes[index] == .capitalised && lexicon.isClearGivenName(tokens.keys[index])
        }
        func isFreeName(_ index: Int) -> Bool {
            occupant[index] < 0 && tokens.shapes[index] == .capitalised && !isFunctionWord(index) && !isOrdinary(index)
        }
        var released = occupant
        var changed = true
        var rounds = 0
        while changed && rounds < 4 {  // chains of released names are short; bounded passes keep it linear
            changed = false
            rounds += 1
            for index in 0..<count where candidate[index] && released[index] >= 0 {
                let left = index > 0 && !tokens.breaksBefore[index] && (isFreeName(index - 1) || (candidate[index - 1] && released[index - 1] < 0))
                let right = index + 1 < count && !tokens.breaksBefore[index + 1]
                    && (isFreeName(index + 1) || (candidate[index + 1] && released[index + 1] < 0))
                guard left || right else { continue }
                released[index] = -1
                yielded[index] = Int(occupant[index])
                changed = true
            }
        }
        return released
    }

    /// The occupancy after the rules ran: list entities, minus those a rule name swallowed.
    func occupancyAfterRules() -> [Int32] {
        var absorbed = Set<Int>()
        for mention in mentions { absorbed.formUnion(mention.absorbed) }
        return listOccupant.map { $0 >= 0 && absorbed.contains(Int($0)) ? -1 : $0 }
    }

    /// Whether an existing entity covers the token.
    @inline(__always)
    func isOccupied(_ index: Int) -> Bool { index >= 0 && index < occupant.count && occupant[index] >= 0 }

    /// The existing entity covering the token, if any.
    func occupyingEntity(_ index: Int) -> Entity? {
        guard isOccupied(index) else { return nil }
        return existing[Int(occupant[index])]
    }

    /// Runs the title, head, given-name and capitalised-sequence rules over every non-heading sentence.
    func findNames(in sentences: [Sentence]) {
        for (number, sentence) in sentences.enumerated() where !isHeading[number] {
            let end = min(tokens.count, sentence.tokens.upperBound)
            var index = max(0, sentence.tokens.lowerBound)
            while index < end {
                if isOccupied(index) {
                    index += 1
                    continue
                }
                if let title = titleMatch(at: index, end: end) {
                    add(NameMention(
                        tokens: title.name, span: tokens.nameSpan(title.name), label: NameLabel.person, rule: .title))
                    index = title.name.upperBound
                    continue
                }
                if startsRun(index, end: end) {
                    let runEnd = runEnd(from: index, end: end)
                    let consumed = classify(index..<runEnd, sentenceEnd: end)
                    index = max(runEnd, consumed, index + 1)
                    continue
                }
                index += 1
            }
        }
    }

    /// Records a mention (mentions arrive in text order and never overlap). A mention over a released
    /// list entity must be a PERSON, who swallows it; other mentions there are refused.
    func add(_ mention: NameMention) {
        if let last = mentions.last, last.tokens.upperBound > mention.tokens.lowerBound { return }
        var mention = mention
        if !yielded.isEmpty {
            for index in mention.tokens {
                guard let entity = yielded[index] else { continue }
                guard mention.label == NameLabel.person else { return }
                mention.absorbed.append(entity)
            }
        }
        mentions.append(mention)
    }

    /// Whether the word is one of the closed-class words that never start a name, or a contraction of
    /// one (`They’ve`); words in capitals never are (`US`).
    func isFunctionWord(_ index: Int) -> Bool {
        guard tokens.shapes[index] != .allCaps else { return false }
        let key = tokens.keys[index]
        if lexicon.functionWords.contains(key) { return true }
        guard key.utf8.contains(0x27), let apostrophe = key.firstIndex(of: "'") else { return false }
        return lexicon.functionWords.contains(String(key[..<apostrophe]))
    }

    /// Whether the token's lowercase form is a common English word.
    @inline(__always)
    func isCommonWord(_ index: Int) -> Bool { lexicon.commonWords.contains(tokens.keys[index]) }
}
