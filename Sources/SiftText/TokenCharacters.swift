/// Character tests on UTF-16 code units for the tokenizer's hot path.
///
/// ASCII is answered from the unit itself; anything else decodes one scalar by hand (surrogate
/// pairs included) and asks `Unicode.Scalar.Properties`. No `Character` or `String` is built.
enum TokenCharacters {
    static let apostrophe: UInt16 = 0x27
    static let rightSingleQuote: UInt16 = 0x2019

    @inline(__always)
    static func isDigit(_ unit: UInt16) -> Bool { unit &- 0x30 < 10 }

    @inline(__always)
    static func isLetter(_ unit: UInt16) -> Bool { (unit | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isAlphanumeric(_ unit: UInt16) -> Bool { isLetter(unit) || isDigit(unit) }

    @inline(__always)
    static func isUppercase(_ unit: UInt16) -> Bool { unit &- 0x41 < 26 }

    @inline(__always)
    static func isLowercase(_ unit: UInt16) -> Bool { unit &- 0x61 < 26 }

    /// ASCII letters folded to lowercase; other units unchanged.
    @inline(__always)
    static func lower(_ unit: UInt16) -> UInt16 { isUppercase(unit) ? unit | 0x20 : unit }

    /// Whether a word ending in `unit` may hold a clitic or be a fused form: they all end in a, d, e,
    /// l, m, s or t (`gonna`, `he'd`, `I've`, `we'll`, `I'm`, `it's`, `can't`).
    @inline(__always)
    static func mayEndClitic(_ unit: UInt16) -> Bool {
        let offset = (unit | 0x20) &- 0x61
        let letters: UInt32 = 0xC_1819  // bits for a, d, e, l, m, s, t
        return offset < 26 && letters >> UInt32(offset) & 1 == 1
    }

    @inline(__always)
    static func isApostrophe(_ unit: UInt16) -> Bool { unit == apostrophe || unit == rightSingleQuote }

    /// Units that never start or belong to a token: Unicode White_Space, plus invisible format
    /// characters that commonly pad web text (zero-width space, word joiner, BOM, soft hyphen).
    @inline(__always)
    static func isSpaceLike(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || unit &- 0x09 < 5 }
        switch unit {
        case 0x85, 0xA0, 0xAD, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Whether the unit ends a token-internal scan (whitespace or an ASCII control character).
    @inline(__always)
    static func isBreaking(_ unit: UInt16) -> Bool { unit < 0x21 || isSpaceLike(unit) }

    /// The scalar starting at `index` and its length in units (1 or 2). Lone surrogates read as U+FFFD.
    @inline(__always)
    static func scalar(in text: UnsafeBufferPointer<UInt16>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let unit = text[index]
        if unit & 0xF800 != 0xD800 { return (Unicode.Scalar(unit) ?? "\u{FFFD}", 1) }
        if unit & 0xFC00 == 0xD800, index + 1 < text.count {
            let low = text[index + 1]
            if low & 0xFC00 == 0xDC00 {
                let value = 0x10000 + ((UInt32(unit) & 0x3FF) << 10) + (UInt32(low) & 0x3FF)
                return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
            }
        }
        return ("\u{FFFD}", 1)
    }

    /// Letters, digits, marks and `_`: what a hashtag or handle is made of.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isAlphanumeric(UInt16(scalar.value)) || scalar == "_" }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
        default: return false
        }
    }

    /// Whether a scalar is shown as an emoji on its own (pictographs, regional indicators).
    /// Text-default symbols such as `©` or `™` count only when followed by VS16 (checked by the caller).
    @inline(__always)
    static func isEmojiPresentation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x2000 { return false }
        if scalar.value &- 0x1F1E6 < 26 { return true }
        return scalar.properties.isEmojiPresentation
    }
}
