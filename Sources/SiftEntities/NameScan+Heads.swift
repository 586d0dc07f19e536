import SiftCore

extension NameScan {
    /// Labels of list entities an ORG or place name may swallow: the country in `Bank of England`,
    /// the adjective in `Russian Foreign Ministry`.
    static let absorbableLabels: Set<String> = [NameLabel.gpe, NameLabel.loc, NameLabel.norp, "FAC"]

    /// The last head word in `range` that can name the sequence up to it: a head after another word, a
    /// standalone head (`Congress`), or a head followed by an `of` complement (`Ministry of Defence`).
    func headWord(in range: Range<Int>, end: Int) -> (index: Int, head: NameHead)? {
        var index = range.upperBound - 1
        while index >= range.lowerBound {
            if tokens.shapes[index] != .lower, let head = lexicon.heads[tokens.words[index]] {
                let first = index == range.lowerBound
                if first && head.suffix { return nil }
                let hasComplement = !head.suffix && index == range.upperBound - 1
                    && ofComplement(after: range.upperBound, end: end) != nil
                if !first || head.standalone || hasComplement { return (index, head) }
                if head.label == NameLabel.org && absorbableModifier(before: index) != nil { return (index, head) }
            }
            index -= 1
        }
        return nil
    }

    /// The `of` complement after a name (`of Foreign Affairs`, `of the District of Columbia`, `of`
    /// + a listed GPE, `of Housing and Urban Development`): where it ends and the list entities it
    /// swallows. At most two `of` levels, and one `and` per level.
    func ofComplement(after index: Int, end: Int) -> (end: Int, absorbed: [Int])? {
        guard index < end, index > 0, !tokens.isPossessive[index - 1], tokens.words[index] == "of" else { return nil }
        var position = index + 1
        var complementEnd = index
        var absorbed: [Int] = []
        for level in 0..<2 {
            if position < end && tokens.words[position] == "the" { position += 1 }
            var probe = position
            var words = 0
            var taken: [Int] = []
            var joined = false
            while probe < end && words < Self.maximumFragment {
                if probe > position && tokens.breaksBefore[probe] { break }
                if isOccupied(probe) {
                    let entity = Int(occupant[probe])
                    guard Self.absorbableLabels.contains(existing[entity].label),
                        existing[entity].span.start == tokens.spans[probe].start
                    else { break }
                    while probe < end && Int(occupant[probe]) == entity { probe += 1 }
                    taken.append(entity)
                    words += 1
                    if tokens.isPossessive[probe - 1] { break }
                    continue
                }
                if tokens.isNameLike(probe) && !isFunctionWord(probe) {
                    probe += 1
                    words += 1
                    if tokens.isPossessive[probe - 1] { break }
                    continue
                }
                if words > 0, !joined, tokens.words[probe] == "and", probe + 1 < end, tokens.isNameLike(probe + 1),
                    !isOccupied(probe + 1), !isFunctionWord(probe + 1)
                {
                    joined = true
                    probe += 1
                    continue
                }
                let connector = connectorLength(at: probe, end: end, allowAmpersand: false)
                guard connector > 0 else { break }
                probe += connector
            }
            guard words > 0 else { break }
            complementEnd = probe
            absorbed += taken
            guard level == 0, !tokens.isPossessive[probe - 1], probe < end, tokens.words[probe] == "of" else { break }
            position = probe + 1
        }
        return complementEnd > index ? (complementEnd, absorbed) : nil
    }

    /// Records a name ending in a head word, with its `of` complement, and with a NORP or GPE list
    /// entity right before it when `absorbModifiers` (`Russian` + `Foreign Ministry`; a possessive
    /// `Russia’s Supreme Court` stays two entities). Returns the index after the last token used.
    func addHeadName(_ range: Range<Int>, head: NameHead, sentenceEnd end: Int, rule: NameRule = .head) -> Int {
        var lower = range.lowerBound
        var upper = range.upperBound
        var absorbed: [Int] = []
        if let complement = ofComplement(after: upper, end: end) {
            upper = complement.end
            absorbed = complement.absorbed
        }
        if head.label == NameLabel.org, let (first, index) = absorbableModifier(before: lower) {
            lower = first
            absorbed.insert(index, at: 0)
        }
        var mention = NameMention(
            tokens: lower..<upper, span: tokens.nameSpan(lower..<upper), label: head.label, rule: rule)
        mention.absorbed = absorbed
        add(mention)
        return upper
    }

    /// The NORP or GPE list entity right before token `index` that an ORG name may swallow when
    /// `absorbModifiers` (`Russian` + `Foreign Ministry`, `Georgetown` + `University`): its first token
    /// and its index. Nil for a possessive (`Russia’s Supreme Court`) or across a line break.
    func absorbableModifier(before index: Int) -> (first: Int, entity: Int)? {
        guard settings.absorbModifiers, index > 0, !tokens.breaksBefore[index], !tokens.isPossessive[index - 1],
            let entity = occupyingEntity(index - 1), entity.label == NameLabel.norp || entity.label == NameLabel.gpe,
            entity.span.end == tokens.spans[index - 1].end
        else { return nil }
        var first = index - 1
        while first > 0 && occupant[first - 1] == occupant[index - 1] { first -= 1 }
        guard entity.span.start == tokens.spans[first].start else { return nil }
        return (first, Int(occupant[index - 1]))
    }
}
