import SiftCore

/// Word-level rules: abbreviations keep their period, prefixes keep their hyphen, `b/c` and `w/`
/// stay whole, and (optionally) clitics split off as in UD English (`do` + `n't`, `John` + `'s`).
extension TokenScanner {
    /// A word segment `text[start..<end]` joined with what follows it; `nil` when no rule applies.
    func matchWordJoin(start: Int, end: Int) -> (end: Int, kind: TokenKind)? {
        let key = TokenLexicon.key(text, start, end) ?? 0
        switch unit(end) {
        case 0x2E:  // .
            return keepsPeriod(start: start, end: end, key: key) ? (end + 1, .word) : nil
        case 0x2D:  // -
            guard key != 0, TokenCharacters.isAlphanumeric(unit(end + 1)), lexicon.hyphenPrefixes.contains(key),
                  segmentStatus(at: end + 1) >= 200 else { return nil }
            return (segmentEnd(after: end + 1), .word)
        case 0x2F:  // /
            guard end == start + 1, TokenCharacters.isLowercase(text[start]), unit(start - 1) != 0x2F else { return nil }
            let next = unit(end + 1)
            if TokenCharacters.isLowercase(next), !TokenCharacters.isAlphanumeric(unit(end + 2)), unit(end + 2) != 0x2F {
                return (end + 2, .word)  // b/c, w/o, n/a
            }
            if text[start] == 0x77, next == 0 || TokenCharacters.isBreaking(next) || TokenCharacters.isLetter(next) {
                return (end + 1, .word)  // w/ (with)
            }
            return nil
        default:
            return nil
        }
    }

    /// Whether the period after `text[start..<end]` (with `TokenLexicon.key` `key`, 0 for none) is part
    /// of an abbreviation: a capital initial (`J`), a dotted form of short letter groups (`U.S`, `e.g`,
    /// `Ph.D`), or a listed word (`Mr`, `etc`).
    ///
    /// At the end of a line the period is left to end the sentence (`Good job DR` + `.`). An ellipsis
    /// (`etc...`) is never split up; a doubled period (`Inc..`) leaves the second to the sentence.
    func keepsPeriod(start: Int, end: Int, key: UInt64) -> Bool {
        let after = unit(end + 1)
        let doubled = after == 0x2E
        if doubled, unit(end + 2) == 0x2E { return false }
        if !doubled, TokenCharacters.isAlphanumeric(after) { return false }
        let rule: TokenLexicon.AbbreviationRule
        if end - start == 1 {
            guard TokenCharacters.isUppercase(text[start]) else { return false }
            rule = .anyCase
        } else if isDottedAbbreviation(start: start, end: end) {
            rule = .anyCase
        } else if key != 0, let value = lexicon.abbreviations.value(for: key),
                  let listed = TokenLexicon.AbbreviationRule(rawValue: value) {
            rule = listed
        } else {
            return false
        }
        if doubled { return rule != .beforeNumber }
        let (next, lineEnds) = nextVisibleUnit(after: end + 1)
        if lineEnds { return false }
        switch rule {
        case .anyCase: return true
        case .capitalized: return TokenCharacters.isUppercase(text[start])
        case .beforeNumber: return TokenCharacters.isDigit(unit(next))
        }
    }

    /// The first unit at or after `index` that is not a blank on the same line, and whether the
    /// line (or the text) ends before it.
    private func nextVisibleUnit(after index: Int) -> (index: Int, lineEnds: Bool) {
        var current = index
        let limit = min(text.count, index + 64)
        while current < limit {
            let value = text[current]
            if value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x85 { return (current, true) }
            if !TokenCharacters.isSpaceLike(value) { return (current, false) }
            current += 1
        }
        return (current, current >= text.count)
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

    /// Splits a run-together pair of words (`alot` → `a` + `lot`); `false` when the word is not one.
    mutating func splitRunTogether(start: Int, end: Int) -> Bool {
        guard let key = TokenLexicon.key(text, start, end), let firstLength = lexicon.runTogether.value(for: key) else {
            return false
        }
        emit(start, start + Int(firstLength), .word)
        emit(start + Int(firstLength), end, .word)
        return true
    }

    /// `soldiers'`: a plural ending in `s` keeps its possessive apostrophe as one surface token (as
    /// UD English does) unless an opening single quote earlier on the line makes it a closing quote.
    func matchPluralPossessive(start: Int, end: Int) -> Int? {
        guard TokenCharacters.isApostrophe(unit(end)), TokenCharacters.lower(text[end - 1]) == 0x73,
              !TokenCharacters.isAlphanumeric(unit(end + 1)) else { return nil }
        var index = start - 1
        let limit = max(0, start - 200)
        while index >= limit {
            let current = text[index]
            if current == 0x0A || current == 0x0D { break }
            if current == 0x2018 { return nil }
            if TokenCharacters.isApostrophe(current), !TokenCharacters.isAlphanumeric(unit(index - 1)),
               TokenCharacters.isAlphanumeric(unit(index + 1)) {
                return nil
            }
            index -= 1
        }
        return end + 1
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
            let ll = penultimate == 0x6C && last == 0x6C
            if ll || (penultimate == 0x72 || penultimate == 0x76) && last == 0x65 {
                split = end - 3  // 'll 're 've
            }
        } else if let key = TokenLexicon.key(text, start, end), let firstLength = lexicon.fusedContractions.value(for: key) {
            split = start + Int(firstLength)
        }
        guard split > start, split < end else { return false }
        emit(start, split, .word)
        emit(split, end, .word)
        return true
    }
}
