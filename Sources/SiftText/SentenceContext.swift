import SiftCore

/// What the sentence rules read on each side of a gap between two tokens: the punctuation that ends
/// the text before it and the word that starts the text after it. All offsets are UTF-16; every scan
/// is bounded, so a gap costs O(1) whatever the text.
struct SentenceContext {
    /// The punctuation ending the text before the gap (after stripping closing quotes and brackets).
    var terminal: SentenceCharacters.Terminal?
    /// Whether a closing quote follows the terminal punctuation (`"Stop!" he said`).
    var quoteCloser = false
    /// The word before a final period, without the period: `U.S` in `U.S.`, `Gen` in `(Gen.`.
    var wordStart = 0
    var wordEnd = 0
    /// Where the terminal punctuation starts.
    var terminalStart = 0

    /// Reads the end of `text[lowerBound..<end]`.
    init(before end: Int, lowerBound: Int, in text: UnsafeBufferPointer<UInt16>) {
        var position = end
        var steps = 0
        while position > lowerBound, steps < 4, SentenceCharacters.isCloser(text[position - 1]) {
            if SentenceCharacters.isQuote(text[position - 1]) { quoteCloser = true }
            position -= 1
            steps += 1
        }
        var periods = 0
        var ellipsis = false
        var strong = false
        steps = 0
        while position > lowerBound, steps < 32, let kind = SentenceCharacters.terminal(text[position - 1]) {
            switch kind {
            case .period: periods += 1
            case .ellipsis: ellipsis = true
            case .strong: strong = true
            }
            position -= 1
            steps += 1
        }
        terminalStart = position
        if strong {
            terminal = .strong
        } else if ellipsis || periods > 1 {
            terminal = .ellipsis
        } else if periods == 1 {
            terminal = .period
        }
        guard terminal == .period else { return }
        wordEnd = position
        var start = position
        steps = 0
        while start > lowerBound, steps < 24, Self.isWordUnit(text[start - 1]) {
            start -= 1
            steps += 1
        }
        while start < wordEnd, text[start] == 0x2E || text[start] == 0x2D { start += 1 }
        wordStart = start
    }

    /// Letters (BMP, by block), digits, and the inner `.`, `'`, `-` of words like `U.S`, `O'Neill`, `Lt.Col`.
    @inline(__always)
    private static func isWordUnit(_ unit: UInt16) -> Bool {
        if unit < 0x80 {
            return SentenceCharacters.isASCIILetter(unit) || SentenceCharacters.isASCIIDigit(unit) || unit == 0x2E
                || unit == 0x27 || unit == 0x2D
        }
        // Letter blocks by range (no property lookup on this path): Latin-1 to the end of the
        // alphabetic scripts, Glagolitic to Ethiopic extensions, kana to Hangul, compatibility forms.
        switch unit {
        case 0x2019, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x1FFF, 0x2C00...0x2DFF, 0x3040...0xD7FF, 0xF900...0xFDFF,
            0xFE70...0xFEFC, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return true
        default:
            return false
        }
    }

    var wordLength: Int { wordEnd - wordStart }
}

/// The first word after a gap, past any opening quotes and brackets.
struct NextWord {
    var start: SentenceCharacters.WordStart = .other
    /// The letters at the word's start (`He` in `He's`), for the opener list.
    var lettersStart = 0
    var lettersEnd = 0
    /// A single capital followed by a period: another initial (`J. R. R. Tolkien`).
    var isInitial = false

    init(at tokenIndex: Int, tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt16>) {
        var index = tokenIndex
        var position = tokens[index].span.start
        var end = tokens[index].span.end
        // Skip opening punctuation, within the token or as tokens of their own (at most 4 units).
        var skipped = 0
        while skipped < 4 {
            if position < end, SentenceCharacters.isOpener(text[position]) {
                position += 1
                skipped += 1
            } else if position == end, index + 1 < tokens.count {
                index += 1
                position = tokens[index].span.start
                end = tokens[index].span.end
            } else {
                break
            }
        }
        guard position < end else { return }
        start = SentenceCharacters.wordStart(SentenceCharacters.scalar(in: text, at: position).scalar)
        lettersStart = position
        var letters = position
        while letters < end, letters - position < 16, SentenceCharacters.isASCIILetter(text[letters]) { letters += 1 }
        lettersEnd = letters
        isInitial = letters == position + 1 && start == .uppercase && letters < text.count && text[letters] == 0x2E
    }
}
