/// How a token is capitalised: counts of letters, capitals and small letters, and whether the first
/// letter is a capital. Used for the `smart` case rules and the stop-list, on list names and on document text.
struct GazetteerCaseShape: Equatable {
    var letters = 0
    var uppercase = 0
    var lowercase = 0
    /// Capitals after the first letter (`McDonald`, `LeT`, `USA`).
    var innerUppercase = 0
    var firstLetterIsUppercase = false

    init(_ units: UnsafeBufferPointer<UInt16>) {
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit < 0x80 {
                index += 1
                if unit &- 0x41 < 26 {
                    count(upper: true, lower: false)
                } else if unit &- 0x61 < 26 {
                    count(upper: false, lower: true)
                }
                continue
            }
            var scalarValue = UInt32(unit)
            var width = 1
            if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
                scalarValue = 0x10000 + ((UInt32(unit) & 0x3FF) << 10) + (UInt32(units[index + 1]) & 0x3FF)
                width = 2
            }
            index += width
            guard let scalar = Unicode.Scalar(scalarValue) else { continue }
            let properties = scalar.properties
            guard properties.isAlphabetic else { continue }
            count(upper: properties.isUppercase, lower: properties.isLowercase)
        }
    }

    private mutating func count(upper: Bool, lower: Bool) {
        if letters == 0 { firstLetterIsUppercase = upper } else if upper { innerUppercase += 1 }
        letters += 1
        if upper { uppercase += 1 }
        if lower { lowercase += 1 }
    }

    /// Two or more letters, all capitals (`US`, `U.S.`, `WHO`, `NATO`).
    var isAcronym: Bool { letters >= 2 && uppercase == letters }

    /// At least one letter, all capitals (`US`, `MAY`, `I`).
    var isAllCapitals: Bool { letters >= 1 && uppercase == letters }

    /// Capitals inside a word that also has small letters (`McDonald`, `LeT`, `iPhone`).
    var isMixedCase: Bool { innerUppercase > 0 && lowercase > 0 }

    /// Written as a name: a capital first letter followed by at least one small letter (`May`, `McCain`).
    var isCapitalisedName: Bool { firstLetterIsUppercase && lowercase > 0 }
}
