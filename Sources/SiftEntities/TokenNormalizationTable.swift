import CSiftICU

/// What ICU makes of each character from U+0080 to U+052F (Latin-1, Latin Extended, IPA, combining
/// diacritics, Greek, Cyrillic) under one `TokenNormalization`, computed once, so tokens in those scripts
/// are normalized without an ICU call.
///
/// Case folding and diacritic stripping are context-free for these characters, so a token's normal form
/// is the concatenation of its characters' forms. The one context-dependent step, NFC composition of a
/// combining mark with the letter before it, is left to ICU: when diacritics are kept, combining marks
/// are marked `needsICU` and the whole token takes the ICU path.
struct TokenNormalizationTable: Sendable {
    /// Per character: 4 units — the count of output units (or `needsICU`), with `letterBit` set when the
    /// character is a letter, then up to 3 output units.
    let entries: [UInt16]
    /// Per ASCII unit: the output unit (folded when folding) in the low byte, `asciiLetter`, `asciiDigit`,
    /// `asciiDot` or `asciiSeparator` in the high byte.
    let ascii: [UInt16]

    static let first: UInt16 = 0x80
    static let last: UInt16 = 0x52F
    static let needsICU: UInt16 = 0xFF
    static let letterBit: UInt16 = 0x100
    static let asciiLetter: UInt16 = 0x100
    static let asciiDigit: UInt16 = 0x200
    static let asciiDot: UInt16 = 0x400
    static let asciiSeparator: UInt16 = 0x800

    /// The four tables, one per combination of `foldCase` and `stripDiacritics`, built on first use.
    static let all: [TokenNormalizationTable] = (0..<4).map { TokenNormalizationTable(flags: Int32($0)) }

    static func table(for normalization: TokenNormalization) -> TokenNormalizationTable {
        all[(normalization.foldCase ? Int(SIFT_NORMALIZE_FOLD_CASE) : 0) | (normalization.stripDiacritics ? Int(SIFT_NORMALIZE_STRIP_MARKS) : 0)]
    }

    /// Raw pointers to a table's arrays.
    ///
    /// `@unchecked Sendable`: they point into `GazetteerTable`s that the table owns, written once in its
    /// `init` and never again; the four tables are static, so the memory outlives every reader.
    struct Pointers: @unchecked Sendable {
        let ascii: UnsafePointer<UInt16>
        let entries: UnsafePointer<UInt16>
    }

    /// Pointers to the table's arrays (which live as long as the process: the tables are static).
    let pointers: Pointers
    private let storage: (GazetteerTable<UInt16>, GazetteerTable<UInt16>)

    /// Calls `body` with pointers to the table's arrays.
    func withPointers<Result, Failure: Error>(_ body: (Pointers) throws(Failure) -> Result) throws(Failure) -> Result {
        try body(pointers)
    }

    private init(flags: Int32) {
        var entries = [UInt16](repeating: 0, count: Int(Self.last - Self.first + 1) * 4)
        var output = [UInt16](repeating: 0, count: 16)
        for unit in Self.first...Self.last {
            let slot = Int(unit - Self.first) * 4
            var input = TokenNormalizer.unifiedPunctuation(unit)
            let scalar = Unicode.Scalar(unit)
            let isMark = scalar?.properties.generalCategory == .nonspacingMark
            if isMark && flags & Int32(SIFT_NORMALIZE_STRIP_MARKS) == 0 {
                entries[slot] = Self.needsICU
                continue
            }
            if input == 0xAD { continue }  // soft hyphen: dropped
            let count = output.withUnsafeMutableBufferPointer { out in
                withUnsafePointer(to: &input) { sift_normalize_token($0, 1, flags, out.baseAddress, 16) }
            }
            guard count >= 0, count <= 3 else {
                entries[slot] = Self.needsICU
                continue
            }
            let isLetter = scalar?.properties.isAlphabetic ?? false
            entries[slot] = UInt16(count) | (isLetter ? Self.letterBit : 0)
            for index in 0..<Int(count) { entries[slot + 1 + index] = output[index] }
        }
        self.entries = entries
        let ascii: [UInt16] = (0..<UInt16(0x80)).map { unit in
            let lowered = unit | 0x20
            if lowered &- 0x61 < 26 { return (flags & Int32(SIFT_NORMALIZE_FOLD_CASE) != 0 ? lowered : unit) | Self.asciiLetter }
            if unit &- 0x30 < 10 { return unit | Self.asciiDigit }
            if unit == 0x2E { return unit | Self.asciiDot }
            return unit | (unit == 0x27 || unit == 0x2C ? 0 : Self.asciiSeparator)
        }
        self.ascii = ascii
        storage = (GazetteerTable(ascii), GazetteerTable(entries))
        pointers = Pointers(ascii: storage.0.buffer.baseAddress!, entries: storage.1.buffer.baseAddress!)
    }
}
