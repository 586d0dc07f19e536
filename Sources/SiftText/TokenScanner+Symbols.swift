/// Numbers with separators ICU splits (times, dates, phone numbers), ASCII emoticons, and runs of
/// repeated punctuation (`...`, `?!`, `--`, `***`).
extension TokenScanner {
    /// A run of ASCII digits from `start`, at most `maximum` long; its end, or `nil` when empty or longer.
    private func digitRun(from start: Int, maximum: Int) -> Int? {
        var index = start
        while index < text.count, TokenCharacters.isDigit(text[index]) {
            index += 1
            if index - start > maximum { return nil }
        }
        return index > start ? index : nil
    }

    /// `10:30`, `10:30:15`; `15/08/2021`, `9/30/01`; `2021-08-15`; `555-1234`, `303-832-8160`; `80's`.
    /// `start` begins a run of ASCII digits ending at `segmentEnd` (ICU keeps `1,000.50` whole already).
    func matchNumberPattern(at start: Int, segmentEnd: Int) -> Int? {
        let separator = unit(segmentEnd)
        guard separator == 0x3A || separator == 0x2F || separator == 0x2D || TokenCharacters.isApostrophe(separator) else {
            return nil  // : / - '
        }
        guard let firstEnd = digitRun(from: start, maximum: 4), firstEnd == segmentEnd else { return nil }
        if separator == 0x27 || separator == 0x2019 {  // a decade or a plural of digits: 80's, 12's
            let suffix = unit(segmentEnd + 1)
            return suffix | 0x20 == 0x73 && !TokenCharacters.isAlphanumeric(unit(segmentEnd + 2)) ? segmentEnd + 2 : nil
        }
        // Group lengths, tracked without an array: count, first, last, longest before the last.
        let firstLength = firstEnd - start
        var groups = 1
        var lastLength = firstLength
        var longestBeforeLast = 0
        var restAreTwo = true
        var end = firstEnd
        while groups < 4, unit(end) == separator, let groupEnd = digitRun(from: end + 1, maximum: 4) {
            longestBeforeLast = max(longestBeforeLast, lastLength)
            lastLength = groupEnd - end - 1
            restAreTwo = restAreTwo && lastLength == 2
            groups += 1
            end = groupEnd
        }
        guard groups >= 2 else { return nil }
        let following = unit(end)
        switch separator {
        case 0x3A:  // a time: h:mm or h:mm:ss, maybe followed by "am"/"pm"
            guard firstLength <= 2, groups <= 3, restAreTwo, !TokenCharacters.isDigit(following) else { return nil }
            return end
        case 0x2F:  // a date (fractions like 24/7 split, as in UD English)
            guard groups == 3, !TokenCharacters.isAlphanumeric(following), following != 0x2F else { return nil }
            return end
        default:  // an ISO date or a phone number
            guard !TokenCharacters.isAlphanumeric(following), following != 0x2D else { return nil }
            if groups == 3, firstLength == 4, restAreTwo { return end }
            guard lastLength == 4, longestBeforeLast <= 3 else { return nil }
            return end
        }
    }

    /// `375mm`, `10am`, `8gb`: a number glued to a unit splits into number and unit, as in UD English;
    /// ordinals and decades (`4th`, `1990s`) stay whole. The start of the unit, or `nil`.
    func unitSuffixStart(start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            let current = text[index]
            if TokenCharacters.isDigit(current) {
                index += 1
            } else if (current == 0x2C || current == 0x2E), index > start, TokenCharacters.isDigit(unit(index + 1)) {
                index += 1
            } else {
                break
            }
        }
        guard index > start, index < end else { return nil }
        for letter in index..<end where !TokenCharacters.isLetter(text[letter]) { return nil }
        if let key = TokenLexicon.key(text, index, end), lexicon.numberSuffixes.contains(key) { return nil }
        return index
    }

    /// `+1`, `+44`: a plus sign before a number, standing apart from a preceding word.
    func matchSignedNumber(at start: Int) -> Int? {
        let previous = unit(start - 1)
        guard TokenCharacters.isDigit(unit(start + 1)),
              start == 0 || TokenCharacters.isBreaking(previous) || previous == 0x28 else { return nil }
        let status = segmentStatus(at: start + 1)
        guard status >= 100, status < 200 else { return nil }
        return segmentEnd(after: start + 1)
    }

    /// `:)`, `:-(`, `;)`, `:D`, `=P`, `:/` and the like, standing apart from words.
    func matchEmoticon(at start: Int) -> Int? {
        let eyes = text[start]
        guard eyes == 0x3A || eyes == 0x3B || eyes == 0x3D else { return nil }  // : ; =
        let previous = unit(start - 1)
        let glued = start > 0 && (TokenCharacters.isAlphanumeric(previous) || previous == eyes)
        var index = start + 1
        if unit(index) == 0x2D || unit(index) == 0x27 || unit(index) == 0x6F { index += 1 }  // - ' o (nose)
        let mouth = unit(index)
        guard Self.emoticonMouths.contains(UInt8(truncatingIfNeeded: mouth)), mouth < 0x80 else { return nil }
        let end = index + 1
        let after = unit(end)
        if TokenCharacters.isAlphanumeric(after) || after == 0x2F { return nil }
        // Glued to a word (`family:)`), only a bare smile or frown at the end of a phrase counts.
        if glued, index != start + 1 || (mouth != 0x29 && mouth != 0x28) || !(after == 0 || TokenCharacters.isBreaking(after)) {
            return nil
        }
        if TokenCharacters.isLetter(mouth), after != 0, !TokenCharacters.isBreaking(after),
           !Self.sentencePunctuation(after) { return nil }
        return end
    }

    private static let emoticonMouths: Set<UInt8> = Set(")(]/\\|DPpOo*3$".utf8)

    @inline(__always)
    static func sentencePunctuation(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2C  // . ! ? ,
    }

    /// Repeated punctuation as one token: any mix of `.`, `!`, `?` (`...`, `?!`), any mix of `-`
    /// and `=` (`--`, `==--`), or a repeat of one symbol (`***`, `$$$`, `<<`). Quotes and brackets
    /// never merge.
    func matchPunctuationRun(at start: Int, end: Int) -> Int? {
        let first = text[start]
        guard first < 0x80, end == start + 1 else { return nil }
        let family: (UInt16) -> Bool
        if Self.sentencePunctuation(first), first != 0x2C {
            family = { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }
        } else if first == 0x2D || first == 0x3D {
            family = { $0 == 0x2D || $0 == 0x3D }
        } else if Self.repeatableBytes.contains(UInt8(first)) {
            family = { $0 == first }
        } else {
            return nil
        }
        var index = start + 1
        while index < text.count, family(text[index]) { index += 1 }
        return index > start + 1 ? index : nil
    }

    private static let repeatableBytes: Set<UInt8> = Set("*+_~<>$/\\|^#&%".utf8)
}
