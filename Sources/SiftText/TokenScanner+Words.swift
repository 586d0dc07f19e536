import SiftCore

/// Word-level rules: abbreviations keep their period, prefixes keep their hyphen, `b/c` and `w/`
/// stay whole, and (optionally) clitics split off as in UD English (`do` + `n't`, `John` + `'s`).
extension TokenScanner {
    /// A word segment `text[start..<end]` joined with what follows it; `nil` when no rule applies.
    func matchWordJoin(start: Int, end: Int) -> (end: Int, kind: TokenKind)? {
        switch unit(end) {
        case 0x2E:  // .
            return keepsPeriod(start: start, end: end) ? (end + 1, .word) : nil
        case 0x2D:  // -
            guard TokenCharacters.isAlphanumeric(unit(end + 1)), let key = TokenLexicon.key(text, start, end),
                  TokenLexicon.hyphenPrefixes.contains(key), segmentStatus(at: end + 1) >= 200 else { return nil }
            return (segmentEnd(after: end + 1), .word)
        case 0x2F:  // /
            guard end == start + 1, TokenCharacters.isLetter(text[start]), unit(start - 1) != 0x2F else { return nil }
            let next = unit(end + 1)
            if TokenCharacters.isLetter(next), !TokenCharacters.isAlphanumeric(unit(end + 2)), unit(end + 2) != 0x2F {
                return (end + 2, .word)  // b/c, w/o, n/a
            }
            if TokenCharacters.lower(text[start]) == 0x77, next == 0 || TokenCharacters.isBreaking(next) {
                return (end + 1, .word)  // w/
            }
            return nil
        default:
            return nil
        }
    }

    /// Whether the period after `text[start..<end]` is part of an abbreviation: a dotted form of
    /// short letter groups (`U.S`, `e.g`, `Ph.D`), a capital initial (`J`), or a listed word (`Mr`, `etc`).
    /// An ellipsis (`etc...`) is never split up.
    func keepsPeriod(start: Int, end: Int) -> Bool {
        let after = unit(end + 1)
        if after == 0x2E || TokenCharacters.isAlphanumeric(after) { return false }
        let length = end - start
        if length == 1 { return TokenCharacters.isUppercase(text[start]) }
        if isDottedAbbreviation(start: start, end: end) { return true }
        guard let key = TokenLexicon.key(text, start, end), let rule = TokenLexicon.abbreviations[key] else { return false }
        switch rule {
        case .anyCase:
            return true
        case .capitalized:
            return TokenCharacters.isUppercase(text[start])
        case .beforeNumber:
            var index = end + 1
            while index < text.count, index <= end + 2, text[index] == 0x20 { index += 1 }
            return TokenCharacters.isDigit(unit(index))
        }
    }

    /// Letter groups of one or two ASCII letters joined by periods: `U.S`, `a.m`, `Ph.D`, `W.H.S`.
    private func isDottedAbbreviation(start: Int, end: Int) -> Bool {
        guard end - start >= 3, end - start <= 12 else { return false }
        var groupLength = 0
        var groups = 0
        for index in start..<end {
            let current = text[index]
            if TokenCharacters.isLetter(current) {
                groupLength += 1
                if groupLength > 2 { return false }
            } else if current == 0x2E, groupLength > 0 {
                groups += 1
                groupLength = 0
            } else {
                return false
            }
        }
        return groups >= 1 && groupLength > 0
    }

    /// Splits a clitic off a word segment and emits both parts; `false` when the word has none.
    ///
    /// `n't` (`do`+`n't`, `ca`+`n't`, `wo`+`n't`), `'s 'm 'd 'll 're 've` with `'` or `’`, and
    /// the fused forms `gonna`, `cannot`, `dont`, `im` … (`gon`+`na`, `can`+`not`, `do`+`nt`, `i`+`m`).
    mutating func splitClitic(start: Int, end: Int) -> Bool {
        let length = end - start
        guard length >= 2 else { return false }
        var split = -1
        let last = TokenCharacters.lower(text[end - 1])
        if length >= 4, last == 0x74, TokenCharacters.isApostrophe(text[end - 2]), TokenCharacters.lower(text[end - 3]) == 0x6E {
            split = end - 3  // n't
        } else if length >= 3, TokenCharacters.isApostrophe(text[end - 2]), last == 0x73 || last == 0x6D || last == 0x64 {
            split = end - 2  // 's 'm 'd
        } else if length >= 4, TokenCharacters.isApostrophe(text[end - 3]) {
            let penultimate = TokenCharacters.lower(text[end - 2])
            if (penultimate == 0x6C && last == 0x6C) || (penultimate == 0x72 && last == 0x65) || (penultimate == 0x76 && last == 0x65) {
                split = end - 3  // 'll 're 've
            }
        } else if let key = TokenLexicon.key(text, start, end), let firstLength = TokenLexicon.fusedContractions[key] {
            split = start + firstLength
        }
        guard split > start, split < end else { return false }
        emit(start, split, .word)
        emit(split, end, .word)
        return true
    }
}
