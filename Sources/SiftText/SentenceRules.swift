/// What a single line break (not a blank line) means for sentence boundaries.
enum SentenceLineBreakMode: String, Sendable, CaseIterable {
    /// Every line break ends a sentence.
    case split
    /// A line break ends a sentence unless the next line continues it (starts in lowercase) or the
    /// line ends in an abbreviation; a line without terminal punctuation (a heading, a list item) is
    /// a sentence of its own.
    case auto
    /// A single line break is a space: sentences end at punctuation and blank lines only.
    case join
}

/// The decisions at one gap between tokens, for the punctuation before it and the word after it.
struct SentenceRules: Sendable {
    let lexicon: SentenceLexicon

    /// Whether the punctuation before the gap ends the sentence, given the next word.
    /// `icu`: whether ICU put a boundary in this gap (decides for terminators the rules do not model,
    /// e.g. those of other scripts).
    /// `atLineBreak`: a line break follows, which makes an abbreviation at the end of the line more
    /// likely to end the sentence.
    func endsSentence(
        _ before: SentenceContext, next: NextWord, icu: Bool, sentenceStart: Int, text: UnsafeBufferPointer<UInt16>,
        atLineBreak: Bool = false
    ) -> Bool {
        // Punctuation opening a sentence (`...Now comes`) does not end it.
        if before.terminal != nil && before.terminalStart <= sentenceStart { return false }
        switch before.terminal {
        case nil:
            return icu
        case .strong:
            // `"Stop!" he said` continues; `Why? because …` does not (web text rarely capitalises).
            return !(before.quoteCloser && next.start == .lowercase)
        case .ellipsis:
            // Lowercase continues (`wait... and see`), a capital starts a new sentence.
            return next.start == .uppercase || next.start == .caselessLetter
        case .period:
            return periodEndsSentence(before, next: next, icu: icu, sentenceStart: sentenceStart, text: text, atLineBreak: atLineBreak)
        }
    }

    /// Whether a single line break ends the sentence in `auto` or `join` mode.
    func lineBreakEndsSentence(
        _ before: SentenceContext, next: NextWord, mode: SentenceLineBreakMode, sentenceStart: Int,
        lineEnd: Int, text: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        if before.terminal != nil {
            // ICU breaks at every line break; the punctuation rules decide.
            return endsSentence(before, next: next, icu: true, sentenceStart: sentenceStart, text: text, atLineBreak: mode == .auto)
        }
        guard mode == .auto else { return false }
        if next.start == .lowercase { return startsWithListMarker(text, at: next.lettersStart) }
        // A line cannot end a sentence with `the`, `of`, `and`, … (hard-wrapped prose), nor with a
        // comma or a dash after a long sentence (a short `Dear John,` or `Regards,` stands alone).
        var wordStart = lineEnd
        while wordStart > sentenceStart, lineEnd - wordStart < 12, SentenceCharacters.isASCIILetter(text[wordStart - 1]) {
            wordStart -= 1
        }
        if wordStart < lineEnd {
            return !lexicon.isContinuation(text, start: wordStart, end: lineEnd)
        }
        let last = text[lineEnd - 1]
        guard last == 0x2C || last == 0x3B || last == 0x2D || last == 0x2013 || last == 0x2014 || last == 0x26 else { return true }
        var lineStart = lineEnd - 1
        while lineStart > sentenceStart, lineEnd - lineStart < 40, !SentenceCharacters.isLineBreak(text[lineStart - 1]) {
            lineStart -= 1
        }
        return lineEnd - lineStart < 40
    }

    private func periodEndsSentence(
        _ before: SentenceContext, next: NextWord, icu: Bool, sentenceStart: Int, text: UnsafeBufferPointer<UInt16>,
        atLineBreak: Bool
    ) -> Bool {
        let length = before.wordLength
        guard length > 0 else { return next.start == .digit ? icu : next.start != .lowercase }
        if before.wordStart <= sentenceStart + 1, isListMarker(text, start: before.wordStart, end: before.wordEnd) {
            return false  // `1. Introduction`, `b. Apples`, `iv. Results`
        }
        let kind = lexicon.abbreviation(text, start: before.wordStart, end: before.wordEnd)
            ?? (isInitial(text, start: before.wordStart, length: length) || isDottedAcronym(text, start: before.wordStart, end: before.wordEnd)
                ? .ambiguous : nil)
        // After an ordinary word, a period and a space end the sentence even before lowercase: web text
        // often does not capitalise (`it's late. i left`). After an abbreviation, lowercase continues.
        if next.start == .lowercase { return kind == nil }
        switch kind {
        case .title?, .inner?:
            return false
        case .beforeNumber?:
            if next.start == .digit { return false }
        case .ambiguous?:
            if next.start == .digit || next.isInitial { return false }
            if next.start == .uppercase {
                return atLineBreak || lexicon.isOpener(text, start: next.lettersStart, end: next.lettersEnd)
            }
            return next.start != .caselessLetter
        case nil:
            break
        }
        return true
    }

    /// A line starting with a list marker: `b. `, `c) `, `iv. ` (lowercase letters only reach here).
    private func startsWithListMarker(_ text: UnsafeBufferPointer<UInt16>, at start: Int) -> Bool {
        var end = start
        while end < text.count, end - start < 4, SentenceCharacters.isASCIILetter(text[end]) { end += 1 }
        guard end > start, end + 1 < text.count, text[end] == 0x2E || text[end] == 0x29, SentenceCharacters.isSpace(text[end + 1]) else {
            return false
        }
        return isListMarker(text, start: start, end: end)
    }

    /// A single capital letter: an initial (`J.`, `M.`).
    private func isInitial(_ text: UnsafeBufferPointer<UInt16>, start: Int, length: Int) -> Bool {
        guard length == 1 || (length == 2 && text[start] & 0xFC00 == 0xD800) else { return false }
        return SentenceCharacters.wordStart(SentenceCharacters.scalar(in: text, at: start).scalar) == .uppercase
    }

    /// Letters in groups of one or two joined by periods: `U.S`, `D.C`, `p.m`, `U.K`, `Ph.D`.
    private func isDottedAcronym(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        var group = 0
        var periods = 0
        for index in start..<end {
            let unit = text[index]
            if unit == 0x2E {
                if group == 0 { return false }
                group = 0
                periods += 1
            } else if SentenceCharacters.isASCIILetter(unit) {
                group += 1
                if group > 2 { return false }
            } else {
                return false
            }
        }
        return periods > 0 && group > 0
    }

    /// A list marker: 1–3 digits, one letter, or a short roman numeral.
    private func isListMarker(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        let length = end - start
        if length == 1 && SentenceCharacters.isASCIILetter(text[start]) { return true }
        if length <= 3 && (start..<end).allSatisfy({ SentenceCharacters.isASCIIDigit(text[$0]) }) { return true }
        guard length <= 5 else { return false }
        return (start..<end).allSatisfy { index in
            switch text[index] | 0x20 {
            case 0x69, 0x76, 0x78: return true  // i v x
            default: return false
            }
        }
    }
}
