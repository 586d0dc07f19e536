/// Splits a gazetteer name into tokens the way the `tokenize` stage splits running text, for the cases
/// names contain, so that list tokens and document tokens meet after normalization.
///
/// The entities module cannot use the tokenize stage (stages never import each other), so this is a
/// small tokenizer of its own that follows the same Unicode word-break rules (UAX #29):
/// * whitespace separates tokens;
/// * letters, digits, marks and `_` make words; `.` and apostrophes join letters to letters and digits to
///   digits (`U.S`, `O'Brien`, `d’Ivoire`, `3.5`), `:` and `·` join letters, `,` and `;` join digits (`1,000`);
/// * a period right after a word with a letter, at the end of the name or before a space, stays with the
///   word as the tokenizer keeps it on abbreviations (`St.`, `Inc.`, `U.S.`); periods vanish in
///   normalization anyway;
/// * every hyphen or dash is a token of its own (`Guinea-Bissau` → `Guinea`, `-`, `Bissau`), as the
///   tokenizer splits compounds (it keeps `e-mail` whole: the matcher splits such document tokens the
///   same way, see `GazetteerDocumentUnits`);
/// * any other character is a token, a run of the same punctuation character one token (`...`).
///
/// Text in scripts without spaces (Chinese, Japanese, Thai) is not split into words as ICU's
/// dictionaries would split it, so such names only match where the tokenizer produced the same run.
enum GazetteerNameTokenizer {
    /// Appends `start, end` pairs (offsets into `text`) of the tokens of `text` to `ranges`.
    static func tokenize(_ text: UnsafeBufferPointer<UInt16>, into ranges: inout [Int32]) {
        var index = 0
        let count = text.count
        while index < count {
            let (kind, width) = classify(text, at: index)
            switch kind {
            case .space:
                index += width
            case .letter, .digit:
                var end = index + width
                var hasLetter = kind == .letter
                var previous = kind
                while end < count {
                    let (next, nextWidth) = classify(text, at: end)
                    if next == .letter || next == .digit || next == .mark {
                        if next == .letter { hasLetter = true }
                        if next != .mark { previous = next }
                        end += nextWidth
                        continue
                    }
                    guard next == .joiner, end + 1 < count else { break }
                    let (after, afterWidth) = classify(text, at: end + 1)
                    guard joins(text[end], before: previous, after: after) else { break }
                    previous = after
                    end += 1 + afterWidth
                }
                if hasLetter, end < count, text[end] == 0x2E, end + 1 == count || classify(text, at: end + 1).kind == .space {
                    end += 1  // an abbreviation keeps its period
                }
                append(index, end, to: &ranges)
                index = end
            case .hyphen:
                append(index, index + width, to: &ranges)
                index += width
            case .joiner, .other, .mark:
                var end = index + width
                if width == 1 {
                    while end < count, text[end] == text[index] { end += 1 }
                }
                while end < count, classify(text, at: end).kind == .mark { end += classify(text, at: end).width }
                append(index, end, to: &ranges)
                index = end
            }
        }
    }

    @inline(__always)
    private static func append(_ start: Int, _ end: Int, to ranges: inout [Int32]) {
        ranges.append(Int32(start))
        ranges.append(Int32(end))
    }

    /// Whether the joiner `unit` between a character of class `before` and one of class `after` stays inside the word.
    @inline(__always)
    private static func joins(_ unit: UInt16, before: CharacterClass, after: CharacterClass) -> Bool {
        switch unit {
        case 0x2E, 0x27, 0x2019: return before == after && (after == .letter || after == .digit)
        case 0x3A, 0xB7, 0x2027: return before == .letter && after == .letter
        case 0x2C, 0x3B: return before == .digit && after == .digit
        default: return false
        }
    }

    enum CharacterClass { case space, letter, digit, mark, joiner, hyphen, other }

    /// The class of the character at `index` and its width in units.
    @inline(__always)
    static func classify(_ text: UnsafeBufferPointer<UInt16>, at index: Int) -> (kind: CharacterClass, width: Int) {
        let unit = text[index]
        if unit < 0x80 {
            if (unit | 0x20) &- 0x61 < 26 || unit == 0x5F { return (.letter, 1) }
            if unit &- 0x30 < 10 { return (.digit, 1) }
            if unit == 0x20 || unit &- 0x09 < 5 { return (.space, 1) }
            switch unit {
            case 0x2E, 0x27, 0x3A, 0x2C, 0x3B: return (.joiner, 1)
            case 0x2D: return (.hyphen, 1)
            default: return (.other, 1)
            }
        }
        switch unit {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return (.space, 1)
        case 0xAD, 0x200C, 0x200D: return (.mark, 1)
        case 0x2019, 0xB7, 0x2027: return (.joiner, 1)
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return (.hyphen, 1)
        case 0xAA, 0xB5, 0xBA: return (.letter, 1)
        case 0xD7, 0xF7: return (.other, 1)
        case 0xC0...0x24F, 0x400...0x482, 0x48A...0x52F: return (.letter, 1)  // Latin-1, Latin Extended-A/B, Cyrillic
        case 0x300...0x36F, 0x483...0x489: return (.mark, 1)  // combining diacritics
        case 0x80...0xBF, 0x2016...0x206F, 0x20A0...0x20CF: return (.other, 1)  // Latin-1 signs, punctuation, currency
        default: break
        }
        var width = 1
        var scalar = Unicode.Scalar(unit)
        if unit & 0xFC00 == 0xD800, index + 1 < text.count, text[index + 1] & 0xFC00 == 0xDC00 {
            scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) & 0x3FF) << 10) + (UInt32(text[index + 1]) & 0x3FF))
            width = 2
        }
        guard let scalar else { return (.other, 1) }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .decimalNumber: return (.digit, width)
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return (.mark, width)
        case .connectorPunctuation, .letterNumber, .modifierLetter: return (.letter, width)
        default: return (properties.isAlphabetic ? .letter : .other, width)
        }
    }
}
