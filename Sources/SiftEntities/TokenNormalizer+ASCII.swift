extension TokenNormalizer {
    /// `0x0001` in each 16-bit lane.
    @usableFromInline static let lanes: UInt64 = 0x0001_0001_0001_0001

    /// Lanes (bit 7 of each 16-bit lane) whose unit is in `low...high`; every unit must be below 0x80.
    @inline(__always)
    static func inRange(_ word: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        ((word &+ (0x80 &- low) &* lanes) & ~(word &+ (0x7F &- high) &* lanes)) & (0x80 &* lanes)
    }

    /// An ASCII unit folded to lower case when `fold`.
    @inline(__always)
    static func foldedASCII(_ unit: UInt16, _ fold: Bool) -> UInt16 {
        fold && unit &- 0x41 < 26 ? unit | 0x20 : unit
    }

    /// Four ASCII units folded to lower case when `fold` (letters only, as the ASCII table does).
    @inline(__always)
    static func foldedWord(_ word: UInt64, fold: Bool) -> UInt64 {
        fold ? word | (inRange(word, 0x41, 0x5A) >> 2) : word
    }

    /// The `hash` of the normal form of an all-alphanumeric ASCII token, computed four units at a time
    /// straight from the text (its normal form is the token itself, folded when `fold`); `nil` when the
    /// token has another character and needs `normalize`.
    @inline(__always)
    static func alphanumericHash(_ units: UnsafePointer<UInt16>, _ count: Int, fold: Bool) -> UInt32? {
        var sum = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var key: UInt64 = 0xBF58_476D_1CE4_E5B9
        var index = 0
        let raw = UnsafeRawPointer(units)
        var other: UInt64 = 0
        while index + 4 <= count {
            var word = raw.loadUnaligned(fromByteOffset: index * 2, as: UInt64.self)
            if word & 0xFF80_FF80_FF80_FF80 != 0 { return nil }
            word = foldedWord(word, fold: fold)
            other |= ~(inRange(word, 0x30, 0x39) | inRange(word, 0x41, 0x5A) | inRange(word, 0x61, 0x7A))
            sum &+= (word ^ key) &* 0x94D0_49BB_1331_11EB
            key &+= 0x2545_F491_4F6C_DD1D
            index += 4
        }
        if index < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                let unit = units[index]
                if unit >= 0x80 { return nil }
                word |= UInt64(unit) << shift
                shift += 16
                index += 1
            }
            let filled = (UInt64(1) << shift) &- 1  // the lanes holding units (shift < 64)
            word = foldedWord(word, fold: fold)
            other |= ~(inRange(word, 0x30, 0x39) | inRange(word, 0x41, 0x5A) | inRange(word, 0x61, 0x7A)) & filled
            sum &+= (word ^ key) &* 0x94D0_49BB_1331_11EB
        }
        if other & (0x80 &* lanes) != 0 { return nil }
        return finish(sum)
    }

    /// Whether `length` units at `stored` equal the all-alphanumeric ASCII token at `text`, folded when `fold`.
    @inline(__always)
    static func equalsFolded(_ stored: UnsafePointer<UInt16>, _ text: UnsafePointer<UInt16>, _ length: Int, fold: Bool) -> Bool {
        var index = 0
        let rawStored = UnsafeRawPointer(stored)
        let rawText = UnsafeRawPointer(text)
        while index + 4 <= length {
            let word = foldedWord(rawText.loadUnaligned(fromByteOffset: index * 2, as: UInt64.self), fold: fold)
            if word != rawStored.loadUnaligned(fromByteOffset: index * 2, as: UInt64.self) { return false }
            index += 4
        }
        while index < length {
            var unit = text[index]
            if fold, unit &- 0x41 < 26 { unit |= 0x20 }
            if unit != stored[index] { return false }
            index += 1
        }
        return true
    }
}
