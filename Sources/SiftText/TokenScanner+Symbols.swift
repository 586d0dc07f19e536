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

    /// `10:30`, `10:30:15`; `15/08/2021`, `9/30/01`, `24/7`; `2021-08-15`; `555-1234`, `303-832-8160`.
    /// `start` begins a run of ASCII digits ending at `segmentEnd` (ICU keeps `1,000.50` whole already).
    func matchNumberPattern(at start: Int, segmentEnd: Int) -> Int? {
        let separator = unit(segmentEnd)
        guard separator == 0x3A || separator == 0x2F || separator == 0x2D else { return nil }  // : / -
        guard let firstEnd = digitRun(from: start, maximum: 4), firstEnd == segmentEnd else { return nil }
        var lengths = [firstEnd - start]
        var end = firstEnd
        while lengths.count < 4, unit(end) == separator, let groupEnd = digitRun(from: end + 1, maximum: 4) {
            lengths.append(groupEnd - end - 1)
            end = groupEnd
        }
        guard lengths.count >= 2 else { return nil }
        let following = unit(end)
        switch separator {
        case 0x3A:  // a time: h:mm or h:mm:ss, maybe followed by "am"/"pm"
            guard lengths[0] <= 2, lengths.count <= 3, lengths.dropFirst().allSatisfy({ $0 == 2 }),
                  !TokenCharacters.isDigit(following) else { return nil }
            return end
        case 0x2F:  // a date or a fraction
            guard lengths.count <= 3, !TokenCharacters.isAlphanumeric(following), following != 0x2F else { return nil }
            return end
        default:  // an ISO date or a phone number
            guard !TokenCharacters.isAlphanumeric(following), following != 0x2D else { return nil }
            if lengths == [4, 2, 2] { return end }
            guard lengths.last == 4, lengths.dropLast().allSatisfy({ $0 <= 3 }) else { return nil }
            return end
        }
    }

    /// `:)`, `:-(`, `;)`, `:D`, `=P`, `:/` and the like, standing apart from words.
    func matchEmoticon(at start: Int) -> Int? {
        let eyes = text[start]
        guard eyes == 0x3A || eyes == 0x3B || eyes == 0x3D else { return nil }  // : ; =
        let previous = unit(start - 1)
        guard start == 0 || !(TokenCharacters.isAlphanumeric(previous) || previous == eyes) else { return nil }
        var index = start + 1
        if unit(index) == 0x2D || unit(index) == 0x27 || unit(index) == 0x6F { index += 1 }  // - ' o (nose)
        let mouth = unit(index)
        guard Self.emoticonMouths.contains(UInt8(truncatingIfNeeded: mouth)), mouth < 0x80 else { return nil }
        let end = index + 1
        let after = unit(end)
        if TokenCharacters.isAlphanumeric(after) || after == 0x2F || after == mouth && mouth == 0x2F { return nil }
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
