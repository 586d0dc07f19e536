import SiftCore

/// Decides the kind of a token ICU gave no word status: punctuation, symbol, emoji or other.
///
/// Looks only at the first scalar (and the unit after it, for emoji variation selectors and
/// zero-width joiners), decoded by hand from UTF-16.
enum TokenClassifier {
    /// ASCII symbols (general categories Sc, Sm, Sk): `$ + < = > ^ \` | ~`. Other ASCII
    /// non-alphanumerics are punctuation.
    private static let asciiSymbolMask: UInt128 = {
        var mask: UInt128 = 0
        for byte in "$+<=>^`|~".utf8 { mask |= 1 << UInt128(byte) }
        return mask
    }()

    /// The kind of `text[start..<end]`, a token that is not a letter or number segment.
    static func kindOfSymbolic(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> TokenKind {
        let unit = text[start]
        if unit < 0x80 {
            if TokenCharacters.isLetter(unit) { return .word }
            if TokenCharacters.isDigit(unit) { return .number }
            return asciiSymbolMask >> UInt128(unit) & 1 == 1 ? .symbol : .punctuation
        }
        if unit &- 0x2010 < 0x18 { return .punctuation }  // dashes, quotes, bullets, ellipsis: U+2010…U+2027
        let (scalar, width) = TokenCharacters.scalar(in: text, at: start)
        if TokenCharacters.isEmojiPresentation(scalar) { return .emoji }
        let properties = scalar.properties
        if properties.isEmoji, start + width < end {
            let next = text[start + width]
            // VS16, ZWJ, or a skin-tone modifier (U+1F3FB…U+1F3FF, high surrogate D83C + DFFB…DFFF).
            if next == 0xFE0F || next == 0x200D
                || (next == 0xD83C && start + width + 1 < end && text[start + width + 1] &- 0xDFFB < 5) {
                return .emoji
            }
        }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .symbol
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .word
        case .decimalNumber, .letterNumber, .otherNumber:
            return .number
        default:
            return .other
        }
    }
}
