import SiftCore

/// How a word is written, as far as the name rules care.
enum NameShape: UInt8, Sendable {
    /// Not a word: punctuation, numbers, symbols, words with digits, very long or glued-together tokens.
    case other
    /// Starts with a lowercase letter (`envoy`, `al`, `iPhone`).
    case lower
    /// Starts with a capital and has lowercase letters (`Putin`, `McDonald`, `O'Brien`).
    case capitalised
    /// Two or more letters, all capitals (`NATO`, `TASS`, `US`).
    case allCaps
    /// Capital letters each followed by a period (`J.`, `J.M.`, `U.S.`), or a lone capital (`T`) other than `I` and `A`.
    case initials

    /// Capitalised, all capitals or initials: a word that can be part of a name.
    var isNameLike: Bool { self == .capitalised || self == .allCaps || self == .initials }
}

extension NameTokens {
    /// The longest token (UTF-16 units) the rules look at; longer ones are never names.
    static let maximumWordLength = 48

    /// The shape of `text[start..<end]` (a word token without its possessive suffix).
    static func shape(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> NameShape {
        guard start < end, end - start <= maximumWordLength else { return .other }
        var letters = 0
        var upper = 0
        var lower = 0
        var periods = 0
        var humps = 0  // a capital right after a lowercase letter (glued words: FeedSitemapPrivacy)
        var firstIsUpper = false
        var firstIsLetter = false
        var previousLower = false
        var index = start
        while index < end {
            let unit = text[index]
            if unit < 0x80 {
                // ASCII fast path: no scalar properties needed.
                if unit &- 0x30 < 10 { return .other }
                let isUpper = unit &- 0x41 < 26
                let isLower = unit &- 0x61 < 26
                if isUpper || isLower {
                    if letters == 0 {
                        firstIsLetter = index == start
                        firstIsUpper = isUpper
                    }
                    letters += 1
                    if isUpper {
                        upper += 1
                        if previousLower { humps += 1 }
                    } else {
                        lower += 1
                    }
                    previousLower = isLower
                } else {
                    if unit == 0x2E { periods += 1 }
                    previousLower = false
                }
                index += 1
                continue
            }
            let (scalar, width) = scalarAt(text, index, end)
            let properties = scalar.properties
            if properties.numericType != nil { return .other }
            if properties.isAlphabetic {
                let isUpper = properties.isUppercase || properties.changesWhenLowercased
                let isLower = properties.isLowercase || properties.changesWhenUppercased
                if letters == 0 {
                    firstIsLetter = index == start
                    firstIsUpper = isUpper
                }
                letters += 1
                if isUpper {
                    upper += 1
                    if previousLower { humps += 1 }
                }
                if isLower { lower += 1 }
                previousLower = isLower
            } else {
                if scalar == "." { periods += 1 }
                previousLower = false
            }
            index += width
        }
        guard letters > 0, firstIsLetter else { return .other }
        if !firstIsUpper { return .lower }
        if periods > 0 && lower == 0 && periods == upper && periods == letters { return .initials }
        if lower == 0 {
            if letters >= 2 { return .allCaps }
            // A lone capital is an initial without its period (`Jeffrey T Hodge`), except the words I and A.
            let unit = text[start]
            return end - start == 1 && unit != 0x49 && unit != 0x41 ? .initials : .capitalised
        }
        return humps >= 2 ? .other : .capitalised
    }

    /// The scalar at `index` and its width in units; lone surrogates read as U+FFFD.
    @inline(__always)
    static func scalarAt(_ text: UnsafeBufferPointer<UInt16>, _ index: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let unit = text[index]
        if unit < 0xD800 || unit > 0xDFFF { return (Unicode.Scalar(unit) ?? "\u{FFFD}", 1) }
        if unit <= 0xDBFF, index + 1 < end {
            let low = text[index + 1]
            if low >= 0xDC00 && low <= 0xDFFF {
                let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
            }
        }
        return ("\u{FFFD}", 1)
    }

    /// Where the name part of a word ends: before a possessive `'s` / `’s` (`Putin’s` → `Putin`).
    static func possessiveStart(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Int? {
        guard end - start >= 3 else { return nil }
        let last = text[end - 1]
        let apostrophe = text[end - 2]
        guard last == 0x73 || last == 0x53, apostrophe == 0x27 || apostrophe == 0x2019 else { return nil }
        return end - 2
    }

    /// Whether `text[start..<end]` is a separate possessive clitic token (`'s`, `’s`).
    static func isPossessiveClitic(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        end - start == 2 && (text[start] == 0x27 || text[start] == 0x2019) && (text[start + 1] | 0x20) == 0x73
    }

    /// Whether the units between two tokens hold a line break.
    static func hasLineBreak(_ text: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            let unit = text[index]
            if unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 || unit == 0x85 { return true }
            index += 1
        }
        return false
    }
}
