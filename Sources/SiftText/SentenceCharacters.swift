/// Character classes the sentence rules test, on UTF-16 code units.
///
/// ASCII is answered from the unit; other units decode one scalar (surrogate pairs included) and
/// ask `Unicode.Scalar.Properties`. Only called at candidate boundaries, never per character of the text.
enum SentenceCharacters {
    /// What a unit contributes to the punctuation that ends a sentence.
    enum Terminal {
        case period
        case ellipsis
        /// `?`, `!` and the strong terminators of other scripts (`。`, `।`, `؟`, …).
        case strong
    }

    @inline(__always)
    static func terminal(_ unit: UInt16) -> Terminal? {
        switch unit {
        case 0x2E, 0xFF0E: return .period
        case 0x2026: return .ellipsis
        case 0x21, 0x3F, 0x203C, 0x203D, 0x2047, 0x2048, 0x2049, 0xFF01, 0xFF1F, 0x3002, 0xFF61,
            0x0964, 0x0965, 0x061F, 0x06D4, 0x1362, 0x1367, 0x1368:
            return .strong
        default: return nil
        }
    }

    /// Closing quotes and brackets that stay with the sentence they follow (`"Stop."`, `(sic.)`).
    @inline(__always)
    static func isCloser(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F, 0xFF09: return true
        default: return false
        }
    }

    /// Closers that cannot open anything (straight quotes can do both).
    @inline(__always)
    static func isOnlyCloser(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x29, 0x5D, 0x7D, 0xBB, 0x201D, 0x203A, 0x300D, 0x300F, 0xFF09: return true
        default: return false
        }
    }

    /// Quotes among the closers (a quote + lowercase continuation is a quoted sentence inside another).
    @inline(__always)
    static func isQuote(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0x27 || unit == 0xBB || unit == 0x2019 || unit == 0x201D || unit == 0x203A
    }

    /// Opening quotes and brackets skipped when looking at the first word of the next sentence.
    @inline(__always)
    static func isOpener(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xA1, 0xAB, 0xBF, 0x2018, 0x201C, 0x201E, 0x2039, 0x300C, 0x300E, 0xFF08: return true
        default: return false
        }
    }

    /// A line separator: LF, VT, FF, CR, NEL, LINE SEPARATOR. (PARAGRAPH SEPARATOR counts as a blank line.)
    @inline(__always)
    static func isLineBreak(_ unit: UInt16) -> Bool {
        unit &- 0x0A < 4 || unit == 0x85 || unit == 0x2028
    }

    /// Unicode White_Space plus the invisible padding common in web text (zero-width space, BOM).
    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || unit &- 0x09 < 5 }
        switch unit {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always)
    static func isASCIILetter(_ unit: UInt16) -> Bool { (unit | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isASCIIDigit(_ unit: UInt16) -> Bool { unit &- 0x30 < 10 }

    @inline(__always)
    static func isASCIIUppercase(_ unit: UInt16) -> Bool { unit &- 0x41 < 26 }

    /// The scalar starting at `index`; lone surrogates read as U+FFFD.
    static func scalar(in text: UnsafeBufferPointer<UInt16>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let unit = text[index]
        if unit & 0xF800 != 0xD800 { return (Unicode.Scalar(unit) ?? "\u{FFFD}", 1) }
        if unit & 0xFC00 == 0xD800, index + 1 < text.count, text[index + 1] & 0xFC00 == 0xDC00 {
            let value = 0x10000 + ((UInt32(unit) & 0x3FF) << 10) + (UInt32(text[index + 1]) & 0x3FF)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        return ("\u{FFFD}", 1)
    }

    /// The letter case of the first scalar of a word.
    enum WordStart {
        case uppercase
        case lowercase
        case digit
        /// A letter without case (CJK, Arabic, …): treated like an uppercase start, as ICU does.
        case caselessLetter
        /// Punctuation, symbols, emoji.
        case other
    }

    static func wordStart(_ scalar: Unicode.Scalar) -> WordStart {
        let value = scalar.value
        if value < 0x80 {
            if value &- 0x41 < 26 { return .uppercase }
            if value &- 0x61 < 26 { return .lowercase }
            if value &- 0x30 < 10 { return .digit }
            return .other
        }
        let properties = scalar.properties
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .uppercase }
        if properties.isLowercase { return .lowercase }
        switch properties.generalCategory {
        case .decimalNumber: return .digit
        case .otherLetter, .modifierLetter: return .caselessLetter
        default: return .other
        }
    }

    /// Emoji and their components (ZWJ, variation selector, skin tones, keycap); excludes ASCII
    /// digits, `#` and `*`, which Unicode also flags as emoji.
    static func isEmojiPart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x200D || value == 0xFE0F || value == 0x20E3 { return true }
        return value >= 0x2000 && scalar.properties.isEmoji
    }
}
