import SiftCore

/// Groups tokens into sentences in one linear pass over the gaps between tokens.
///
/// Each gap is decided from: the line breaks in it (a blank line always ends a sentence; a single
/// line break per `lineBreaks`), ICU's boundaries (a candidate, used directly only for terminators
/// the rules do not model, e.g. those of other scripts), and `SentenceRules` for Latin punctuation
/// (abbreviations, initials, ellipses, closing quotes, lowercase continuations). A boundary can
/// only fall between tokens, so no token is ever cut.
struct SentenceSegmenter: Sendable {
    let rules: SentenceRules
    let lineBreaks: SentenceLineBreakMode

    /// The sentences over `tokens` (sorted, non-overlapping, within `text`); `boundaries` are ICU's, ascending.
    func sentences(
        text: UnsafeBufferPointer<UInt16>, tokens: UnsafeBufferPointer<Token>, boundaries: UnsafeBufferPointer<Int32>
    ) -> [Sentence] {
        guard let first = tokens.first else { return [] }
        var result: [Sentence] = []
        result.reserveCapacity(tokens.count / 16 + 1)
        var sentenceFirst = 0
        var sentenceStart = first.span.start
        var boundary = 0
        // A boundary held back past an emoticon that belongs to the sentence before it (`Great! :)`).
        var carried = false
        var emoticonEnd = -1
        for index in 1..<tokens.count {
            let gapStart = tokens[index - 1].span.end
            let gapEnd = tokens[index].span.start
            while boundary < boundaries.count && Int(boundaries[boundary]) < gapStart { boundary += 1 }
            let icu = boundary < boundaries.count && Int(boundaries[boundary]) <= gapEnd
            var lines = 0
            var position = gapStart
            while position < gapEnd {
                let unit = text[position]
                if unit == 0x2029 {
                    lines += 2
                } else if SentenceCharacters.isLineBreak(unit) && !(unit == 0x0A && position > gapStart && text[position - 1] == 0x0D) {
                    lines += 1
                }
                position += 1
            }
            let split: Bool
            let lastUnit = text[gapStart - 1]
            if lines == 0 && gapStart != emoticonEnd && SentenceCharacters.terminal(lastUnit) == nil
                && !SentenceCharacters.isCloser(lastUnit) && !Self.mayStartEmoticon(text, at: gapEnd)
            {
                // The common case, a word before the gap: only ICU (terminators of other scripts) can end here.
                split = icu
                carried = false
            } else if lines >= 2 {
                split = true
                carried = false
            } else if lines == 1 && lineBreaks == .split {
                split = true
                carried = false
            } else {
                split = decide(
                    gap: index, lines: lines, icu: icu, sentenceStart: sentenceStart, text: text, tokens: tokens,
                    carried: &carried, emoticonEnd: &emoticonEnd)
            }
            if split {
                result.append(Sentence(span: TextSpan(start: sentenceStart, end: gapStart), tokens: sentenceFirst..<index))
                sentenceFirst = index
                sentenceStart = gapEnd
            }
        }
        result.append(Sentence(span: TextSpan(start: sentenceStart, end: tokens[tokens.count - 1].span.end), tokens: sentenceFirst..<tokens.count))
        return result
    }

    /// The decision at a gap holding no line break, or one line break in `auto`/`join` mode.
    private func decide(
        gap index: Int, lines: Int, icu: Bool, sentenceStart: Int, text: UnsafeBufferPointer<UInt16>,
        tokens: UnsafeBufferPointer<Token>, carried: inout Bool, emoticonEnd: inout Int
    ) -> Bool {
        let gapStart = tokens[index - 1].span.end
        let gapEnd = tokens[index].span.start
        let nextUnit = text[gapEnd]
        let spaced = gapEnd > gapStart
        if lines == 0 {
            // Punctuation continuing a run (`. . .`, `? !`), a comma or a stray closer never opens a sentence.
            if SentenceCharacters.terminal(nextUnit) != nil || SentenceCharacters.isOnlyCloser(nextUnit)
                || nextUnit == 0x2C
            {
                return false
            }
            // An emoticon after the sentence stays with it; the boundary moves past the emoticon.
            if spaced, Self.mayStartEmoticon(text, at: gapEnd) {
                var last = index
                while last + 1 < tokens.count, last - index < 8, tokens[last + 1].span.start == tokens[last].span.end { last += 1 }
                if SentenceEmoticon.isEmoticonChunk(text, start: gapEnd, end: tokens[last].span.end) {
                    let before = SentenceContext(before: gapStart, lowerBound: sentenceStart, in: text)
                    let next = NextWord(at: index, tokens: tokens, text: text)
                    let wouldSplit = gapStart == emoticonEnd ? carried : rules.endsSentence(
                        before, next: next, icu: icu, sentenceStart: sentenceStart, text: text)
                    carried = carried || wouldSplit
                    emoticonEnd = tokens[last].span.end
                    return false
                }
            }
        }
        if gapStart != emoticonEnd && lines == 0 {
            let lastUnit = text[gapStart - 1]
            if SentenceCharacters.terminal(lastUnit) == nil && !SentenceCharacters.isCloser(lastUnit) {
                carried = false
                return icu
            }
        }
        let next = NextWord(at: index, tokens: tokens, text: text)
        if gapStart == emoticonEnd {
            // The gap after an emoticon: a held-back boundary, or a capital after it, ends the sentence.
            let split = carried || next.start == .uppercase || next.start == .caselessLetter || (lines == 1 && lineBreaks == .auto)
            carried = false
            return split
        }
        carried = false
        let before = SentenceContext(before: gapStart, lowerBound: sentenceStart, in: text)
        if lines == 0 {
            let split = rules.endsSentence(before, next: next, icu: icu, sentenceStart: sentenceStart, text: text)
            return spaced ? split : split && icu
        }
        return rules.lineBreakEndsSentence(
            before, next: next, mode: lineBreaks, sentenceStart: sentenceStart, lineEnd: gapStart, text: text)
    }

    /// Whether an emoticon or emoji may start at `index` (a cheap filter before the full check).
    @inline(__always)
    private static func mayStartEmoticon(_ text: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        let unit = text[index]
        switch unit {
        case 0x3A, 0x3B, 0x3D, 0x3C, 0x5E: return true  // : ; = < ^
        case 0x78, 0x58, 0x6F, 0x4F, 0x54, 0x2D:  // xD, XD, o_O, O_o, T_T, -_-
            guard index + 1 < text.count else { return false }
            let second = text[index + 1]
            return second == 0x5F || (second == 0x44 && (unit == 0x78 || unit == 0x58))
        default:
            // Symbols and pictographs (U+2190…U+2BFF), emoji outside the BMP (surrogates).
            return (unit >= 0x2190 && unit < 0x2C00) || unit & 0xFC00 == 0xD800
        }
    }
}
