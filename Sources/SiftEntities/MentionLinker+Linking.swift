import SiftCore

extension MentionLinker {
    /// The most words a name looked for again may have.
    static let maximumLinkedWords = 4

    /// The mentions plus the known names found again where no name was found yet (headings,
    /// sentence starts, ordinary-looking words such as `Bush`) or inside a MISC sequence, which gives
    /// way to them (`Putin-Trump` → `Putin`).
    func linked(_ mentions: [NameMention], clusters: MentionClusters) -> [NameMention] {
        var owner = Array(repeating: -1, count: tokens.count)
        for (index, mention) in mentions.enumerated() {
            for position in mention.tokens where position < tokens.count { owner[position] = index }
        }
        var replaced = Set<Int>()
        var added: [NameMention] = []
        var index = 0
        while index < tokens.count {
            let mentionIndex = owner[index]
            let inMisc = mentionIndex >= 0 && mentions[mentionIndex].label == NameLabel.misc
            guard occupant[index] < 0, mentionIndex < 0 || inMisc, tokens.isNameLike(index),
                clusters.firstWords.contains(tokens.keys[index]),
                !lexicon.functionWords.contains(tokens.keys[index]) || tokens.shapes[index] == .allCaps
            else {
                index += 1
                continue
            }
            var match: (length: Int, label: String)?
            var length = 0
            var candidate = index
            while length < Self.maximumLinkedWords, candidate < tokens.count, occupant[candidate] < 0,
                owner[candidate] == mentionIndex, tokens.isNameLike(candidate),
                candidate == index || !tokens.breaksBefore[candidate]
            {
                length += 1
                let surface = tokens.surface(index..<(candidate + 1))
                if clusters.isPerson(surface) {
                    match = (length, NameLabel.person)
                } else if let label = clusters.names[surface] {
                    match = (length, label)
                }
                if tokens.isPossessive[candidate] { break }
                candidate += 1
            }
            guard let found = match, mentionIndex >= 0 || isFree(index..<(index + found.length)) else {
                index += 1
                continue
            }
            let range = index..<(index + found.length)
            if mentionIndex >= 0 { replaced.insert(mentionIndex) }
            added.append(NameMention(tokens: range, span: tokens.nameSpan(range), label: found.label, rule: .linked))
            index = range.upperBound
        }
        var result = mentions.enumerated().filter { !replaced.contains($0.offset) }.map(\.element)
        result += added
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether a match outside every mention stands alone: in a heading always; elsewhere no
    /// name-like word may touch it on either side (it would belong to a longer name).
    private func isFree(_ range: Range<Int>) -> Bool {
        if inHeading[range.lowerBound] { return true }
        let before = range.lowerBound - 1
        if before >= 0, !tokens.breaksBefore[range.lowerBound], tokens.isNameLike(before), occupant[before] < 0,
            tokens.isAttached[range.lowerBound] || !lexicon.functionWords.contains(tokens.keys[before])
        {
            return false
        }
        let after = range.upperBound
        if !tokens.isPossessive[after - 1], after < tokens.count, !tokens.breaksBefore[after], tokens.isNameLike(after),
            occupant[after] < 0, !lexicon.functionWords.contains(tokens.keys[after])
        {
            return false
        }
        return true
    }

    /// `local:<LABEL>:<slug>`: the slug keeps letters and digits in lowercase, anything else becomes `-`.
    static func localID(label: String, text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else {
                pendingDash = true
            }
        }
        return "local:\(label):\(slug.isEmpty ? "name" : slug)"
    }
}
