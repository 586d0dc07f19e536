import SiftCore

extension NameScan {
    /// Whether a capitalised sequence starts at `index`: a name-like word that is no function word, or
    /// a lowercase particle joined to one (`al-Sadr`, `de Gaulle`).
    func startsRun(_ index: Int, end: Int) -> Bool {
        guard index < end, !isOccupied(index) else { return false }
        if tokens.isNameLike(index) { return !isFunctionWord(index) }
        guard tokens.shapes[index] == .lower, lexicon.particles.contains(tokens.words[index]) else { return false }
        let next = index + 1
        if next < end, tokens.is(next, "-"), tokens.isAttached[next] {
            return next + 1 < end && tokens.isAttached[next + 1] && tokens.isNameLike(next + 1) && !isOccupied(next + 1)
        }
        return next < end && !tokens.breaksBefore[next] && tokens.isNameLike(next) && !isOccupied(next)
    }

    /// The end of the capitalised sequence starting at `start`: name-like words joined by particles,
    /// attached hyphens and `&`, up to a possessive (included), a line break, an existing entity, a
    /// function word (but a modal surname right after a given name: `Theresa May`), or a title that introduces a name (`Afghan` | `Foreign Minister Amir Khan Muttaqi`)
    /// unless the sequence starts with a given name (`Muhammed Sheikh Khalil` stays whole).
    func runEnd(from start: Int, end: Int) -> Int {
        var index = start
        var lastWordEnd = start
        let startsWithGivenName = tokens.isNameLike(start) && lexicon.isClearGivenName(tokens.keys[start])
        while index < end {
            if index > start && (tokens.breaksBefore[index] || isOccupied(index)) { break }
            if tokens.isNameLike(index) {
                if index > start && isFunctionWord(index) && !isModalSurname(index, start: start) { break }
                if index > start && !startsWithGivenName && titleMatch(at: index, end: end) != nil { break }
                index += 1
                lastWordEnd = index
                if tokens.isPossessive[index - 1] { break }
                continue
            }
            let connector = index == start
                ? (startsRun(index, end: end) ? 1 : 0)
                : connectorLength(at: index, end: end, allowAmpersand: true)
            guard connector > 0 else { break }
            index += connector
        }
        return max(lastWordEnd, start + 1)
    }

    /// How many tokens at `index` join the name-like words around them: an attached hyphen between
    /// two words (`Abdul-Rahman`), a lowercase particle (`bin`, `al` + `-`, `van`), or `&` (`AT&T`,
    /// `Procter & Gamble`) when `allowAmpersand`. Zero when the token is no connector.
    func connectorLength(at index: Int, end: Int, allowAmpersand: Bool) -> Int {
        guard index < end, index > 0, !isOccupied(index), !tokens.breaksBefore[index] else { return 0 }
        let next = index + 1
        func nameFollows(_ position: Int) -> Bool {
            position < end && !tokens.breaksBefore[position] && tokens.isNameLike(position) && !isOccupied(position)
                && !isFunctionWord(position)
        }
        let word = tokens.words[index]
        if word == "-" {
            return tokens.isAttached[index] && next < end && tokens.isAttached[next] && nameFollows(next) ? 1 : 0
        }
        if allowAmpersand && word == "&" { return nameFollows(next) ? 1 : 0 }
        guard tokens.shapes[index] == .lower, lexicon.particles.contains(word) else { return 0 }
        if next < end, tokens.is(next, "-"), tokens.isAttached[next] {
            return tokens.isAttached[next + 1 < end ? next + 1 : next] && nameFollows(next + 1) ? 2 : 0
        }
        return nameFollows(next) ? 1 : 0
    }

    /// The name-like words of `range` (particles, hyphens and `&` left out).
    func nameWords(_ range: Range<Int>) -> [Int] {
        range.filter { tokens.isNameLike($0) }
    }
}
