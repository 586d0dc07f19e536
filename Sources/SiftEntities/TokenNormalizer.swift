import CSiftICU

/// How a gazetteer list compares tokens: with or without case, with or without diacritics.
///
/// Lists with the same normalization share one compiled index, so a document's tokens are normalized
/// once per distinct normalization, not once per list.
public struct TokenNormalization: Hashable, Sendable, CustomStringConvertible {
    /// Fold case with ICU's full case folding (`Straße` ~ `STRASSE`).
    public var foldCase: Bool
    /// Drop diacritics: NFD minus nonspacing marks, plus ł ø đ ħ ı æ œ þ ß (`Kýiv` ~ `Kyiv`, `Łódź` ~ `Lodz`).
    public var stripDiacritics: Bool

    public init(foldCase: Bool, stripDiacritics: Bool) {
        self.foldCase = foldCase
        self.stripDiacritics = stripDiacritics
    }

    public var description: String {
        (foldCase ? "case-insensitive" : "case-sensitive") + (stripDiacritics ? ", diacritic-insensitive" : "")
    }
}

/// Turns one token's UTF-16 units into the form gazetteer tokens are compared in.
///
/// Every token, on the list side and on the document side, goes through the same steps:
/// 1. apostrophe variants (`’ ‘ ʼ ʻ ʾ ʿ ´ ′`) become `'`; hyphen and dash variants (`‐ ‑ ‒ – — ― − ﹣ －`) become `-`;
///    soft hyphens are dropped;
/// 2. case folding and/or diacritic stripping per the `TokenNormalization` (ICU, only for non-ASCII tokens;
///    ASCII tokens take a fast path with the same result), NFC otherwise;
/// 3. periods are dropped from tokens that have a letter and no digit: `U.S.` → `US`, `St.` → `St`,
///    `Amazon.com` → `Amazoncom` (numbers such as `3.5` keep theirs).
enum TokenNormalizer {
    /// Room `normalize` needs in `output` for an input of `count` units.
    @inline(__always)
    static func capacity(for count: Int) -> Int { count * 4 + 16 }

    /// Normalizes `count` units at `input` into `output` (at least `capacity(for: count)` units);
    /// returns the normalized length. `table` points into `TokenNormalizationTable.table(for: normalization)`.
    @inline(__always)
    static func normalize(
        _ input: UnsafePointer<UInt16>, _ count: Int, into output: UnsafeMutablePointer<UInt16>,
        _ normalization: TokenNormalization, table: TokenNormalizationTable.Pointers
    ) -> Int {
        var separator = false
        return normalize(input, count, into: output, normalization, table: table, separator: &separator)
    }

    /// `normalize`, also telling whether the token holds a character the name tokenizer may split at: a
    /// hyphen, an ASCII symbol or punctuation other than `.` `'` `,`, or a non-ASCII non-letter. Tokens
    /// without one are a single name token (see `GazetteerDocumentUnits`).
    @inline(__always)
    static func normalize(
        _ input: UnsafePointer<UInt16>, _ count: Int, into output: UnsafeMutablePointer<UInt16>,
        _ normalization: TokenNormalization, table: TokenNormalizationTable.Pointers, separator: inout Bool
    ) -> Int {
        var hasLetter = false
        var asciiBits: UInt16 = 0
        var length = 0
        for index in 0..<count {
            var unit = input[index]
            if unit < 0x80 {
                let entry = table.ascii[Int(unit)]
                asciiBits |= entry
                output[length] = entry & 0x7F
                length += 1
                continue
            }
            if unit <= TokenNormalizationTable.last {
                let slot = Int(unit &- TokenNormalizationTable.first) &* 4
                let entry = table.entries[slot]
                let produced = Int(entry & 0xFF)
                if produced == Int(TokenNormalizationTable.needsICU) {
                    separator = true
                    return normalizeUnicode(input, count, into: output, normalization)
                }
                if entry & TokenNormalizationTable.letterBit != 0 { hasLetter = true } else { separator = true }
                for offset in 0..<produced {
                    output[length] = table.entries[slot + 1 + offset]
                    length += 1
                }
                continue
            }
            unit = unifiedPunctuation(unit)
            if unit &- 0xAC00 <= 0xD7A3 - 0xAC00 {
                // A Hangul syllable: no case, no marks. The ICU path keeps it whole (NFC) or, when it strips
                // diacritics, as its jamo (NFD, none of them a mark): the same, computed.
                hasLetter = true
                length += Self.hangul(unit, decomposed: normalization.stripDiacritics, into: output + length)
                continue
            }
            if unit < 0x80 || (unit >= 0x4E00 && unit <= 0x9FFF) {  // ' and -, or a CJK ideograph (no case, no marks)
                hasLetter = hasLetter || unit >= 0x4E00
                separator = separator || unit == 0x2D
                output[length] = unit
                length += 1
                continue
            }
            if Self.isInvariantSymbol(unit) {  // quotes, ellipses, bullets, currency signs: their own normal form
                separator = true
                output[length] = unit
                length += 1
                continue
            }
            separator = true
            return normalizeUnicode(input, count, into: output, normalization)
        }
        if asciiBits & TokenNormalizationTable.asciiSeparator != 0 { separator = true }
        guard asciiBits & TokenNormalizationTable.asciiDot != 0 else { return length }
        hasLetter = hasLetter || asciiBits & TokenNormalizationTable.asciiLetter != 0
        return hasLetter && asciiBits & TokenNormalizationTable.asciiDigit == 0 ? dropPeriods(output, length) : length
    }

    /// The general path: unify apostrophes and hyphens, then let ICU fold and strip. (Internal so that
    /// tests can check the fast paths against it.)
    static func normalizeUnicode(
        _ input: UnsafePointer<UInt16>, _ count: Int, into output: UnsafeMutablePointer<UInt16>,
        _ normalization: TokenNormalization
    ) -> Int {
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: count) { unified in
            var length = 0
            for index in 0..<count {
                let unit = input[index]
                if unit == 0xAD { continue }  // soft hyphen
                unified[length] = unifiedPunctuation(unit)
                length += 1
            }
            let flags = (normalization.foldCase ? Int32(SIFT_NORMALIZE_FOLD_CASE) : 0)
                | (normalization.stripDiacritics ? Int32(SIFT_NORMALIZE_STRIP_MARKS) : 0)
            let capacity = capacity(for: count)
            var result = Int(sift_normalize_token(unified.baseAddress, Int32(length), flags, output, Int32(capacity)))
            if result < 0 || result > capacity {  // ICU failed or (never seen) expanded past 4×: compare as is
                for index in 0..<length { output[index] = unified[index] }
                result = length
            }
            var hasLetter = false
            var hasDigit = false
            var hasDot = false
            for index in 0..<result {
                let unit = output[index]
                if unit &- 0x30 < 10 { hasDigit = true } else if unit == 0x2E { hasDot = true } else if (unit | 0x20) &- 0x61 < 26 || unit >= 0xC0 { hasLetter = true }
            }
            return hasDot && hasLetter && !hasDigit ? dropPeriods(output, result) : result
        }
    }

    /// `'` for apostrophe variants, `-` for hyphen and dash variants, the unit itself otherwise.
    @inline(__always)
    static func unifiedPunctuation(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x2019, 0x2018, 0x02BC, 0x02BB, 0x02BE, 0x02BF, 0x00B4, 0x2032: return 0x27
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return 0x2D
        default: return unit
        }
    }

    /// Writes the Hangul syllable `unit` whole, or as its two or three jamo (Unicode's arithmetic
    /// decomposition); returns the units written.
    @inline(__always)
    static func hangul(_ unit: UInt16, decomposed: Bool, into output: UnsafeMutablePointer<UInt16>) -> Int {
        guard decomposed else {
            output[0] = unit
            return 1
        }
        let index = unit &- 0xAC00
        output[0] = 0x1100 &+ index / 588
        output[1] = 0x1161 &+ (index % 588) / 28
        guard index % 28 != 0 else { return 2 }
        output[2] = 0x11A7 &+ index % 28
        return 3
    }

    /// General punctuation (U+2016–U+205E: quotes, daggers, bullets, ellipsis, primes, …) and currency
    /// signs (U+20A0–U+20C0): no case, no canonical decomposition, no marks, so ICU's fold + NFD + NFC
    /// leaves them as they are. News text is full of them (`“`, `”`, `…`); skipping ICU for them keeps
    /// the per-token cost flat.
    @inline(__always)
    static func isInvariantSymbol(_ unit: UInt16) -> Bool {
        (unit &- 0x2016) <= 0x205E - 0x2016 || (unit &- 0x20A0) <= 0x20C0 - 0x20A0
    }

    /// Whether `unit` is an apostrophe that `unifiedPunctuation` maps to `'`.
    @inline(__always)
    static func isApostrophe(_ unit: UInt16) -> Bool { unit == 0x27 || (unit >= 0xB4 && unifiedPunctuation(unit) == 0x27) }

    private static func dropPeriods(_ units: UnsafeMutablePointer<UInt16>, _ count: Int) -> Int {
        var kept = 0
        for index in 0..<count where units[index] != 0x2E {
            units[kept] = units[index]
            kept += 1
        }
        return kept
    }

    /// The hash the token tables use for normalized units: a sum of independent 64-bit products over
    /// four units at a time (so the multiplies run in parallel), folded and mixed by one more multiply.
    @inline(__always)
    static func hash(_ units: UnsafePointer<UInt16>, _ count: Int) -> UInt32 {
        var sum = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        let raw = UnsafeRawPointer(units)
        var key: UInt64 = 0xBF58_476D_1CE4_E5B9
        while index + 4 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index * 2, as: UInt64.self)
            sum &+= (word ^ key) &* 0x94D0_49BB_1331_11EB
            key &+= 0x2545_F491_4F6C_DD1D
            index += 4
        }
        if index < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                word |= UInt64(units[index]) << shift
                shift += 16
                index += 1
            }
            sum &+= (word ^ key) &* 0x94D0_49BB_1331_11EB
        }
        return finish(sum)
    }

    /// The last step of `hash`: folds and mixes the sum of products.
    @inline(__always)
    static func finish(_ sum: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: ((sum ^ (sum >> 29)) &* 0xD6E8_FEB8_6659_FD93) >> 32)
    }
}
