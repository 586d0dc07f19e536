/// Python 3 `str` semantics VADER relies on, reproduced on Unicode scalars: `isspace()` (what `split()` and
/// `strip()` remove), `string.punctuation`, `isupper()` and `lower()` (with the final-sigma rule).
///
/// Case properties come from Swift's Unicode tables; Python 3.11 uses Unicode 14.0, so about 180 letters
/// added or changed in Unicode 15–16 (e.g. Garay, Latin Extended-D additions) may case differently.
enum PythonText {
    /// `chr(c).isspace()` in Python 3.11: the characters `str.split()` splits on.
    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (scalar >= 0x09 && scalar <= 0x0D) || (scalar >= 0x1C && scalar <= 0x20)
        }
        switch scalar {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether `scalar` is in `string.punctuation` (ASCII punctuation: ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``).
    @inline(__always)
    static func isPunctuation(_ scalar: UInt32) -> Bool {
        (scalar >= 0x21 && scalar <= 0x2F) || (scalar >= 0x3A && scalar <= 0x40)
            || (scalar >= 0x5B && scalar <= 0x60) || (scalar >= 0x7B && scalar <= 0x7E)
    }

    /// Flags of `asciiKinds`.
    static let exclamation: UInt8 = 1
    static let question: UInt8 = 2
    static let space: UInt8 = 4
    static let punctuation: UInt8 = 8

    /// For each ASCII character: `!`, `?`, white space (`isSpace`), `string.punctuation` (`isPunctuation`),
    /// so the word splitter classifies a character with one load.
    static let asciiKinds: [UInt8] = (0..<128).map { (code: UInt32) -> UInt8 in
        (code == 0x21 ? exclamation : 0) | (code == 0x3F ? question : 0) | (isSpace(code) ? space : 0)
            | (isPunctuation(code) ? punctuation : 0)
    }

    /// `word.isupper()`: no lowercase or titlecase character, and at least one uppercase one.
    static func isUpper<Unit: FixedWidthInteger & UnsignedInteger>(_ word: UnsafeBufferPointer<Unit>, table: UnsafeBufferPointer<UInt8>) -> Bool {
        var cased = false
        for unit in word {
            let flags = PythonCaseTable.flags(UInt32(truncatingIfNeeded: unit), table: table)
            if flags & (PythonCaseTable.lowercase | PythonCaseTable.titlecase) != 0 { return false }
            if flags & PythonCaseTable.uppercase != 0 { cased = true }
        }
        return cased
    }

    /// Writes `word.lower()` as UTF-8 into `output` from `end` on (full case mapping, `Σ` → `ς` at the end of
    /// a word). `output` must have room for 4 bytes per code point (no lower-case mapping is longer).
    static func writeLowercasedUTF8<Unit: FixedWidthInteger & UnsignedInteger>(
        _ word: UnsafeBufferPointer<Unit>, into output: UnsafeMutableBufferPointer<UInt8>, end: inout Int, table: UnsafeBufferPointer<UInt8>
    ) {
        for index in word.indices {
            let scalar = UInt32(truncatingIfNeeded: word[index])
            if scalar < 0x80 {
                output[end] = scalar >= 0x41 && scalar <= 0x5A ? UInt8(scalar | 0x20) : UInt8(scalar)
                end += 1
                continue
            }
            if PythonCaseTable.flags(scalar, table: table) & PythonCaseTable.changesWhenLowercased == 0 {
                writeUTF8(scalar, into: output, end: &end)
            } else if scalar == 0x3A3 {
                writeUTF8(isFinalSigma(word, at: index, table: table) ? 0x3C2 : 0x3C3, into: output, end: &end)
            } else if let value = Unicode.Scalar(scalar) {
                for mapped in value.properties.lowercaseMapping.unicodeScalars where end + 4 <= output.count {
                    writeUTF8(mapped.value, into: output, end: &end)
                }
            }
        }
    }

    /// CPython's final-sigma context: a cased letter before (skipping case-ignorables) and none after.
    private static func isFinalSigma<Unit: FixedWidthInteger & UnsignedInteger>(
        _ word: UnsafeBufferPointer<Unit>, at index: Int, table: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        func flags(_ position: Int) -> UInt8 { PythonCaseTable.flags(UInt32(truncatingIfNeeded: word[position]), table: table) }
        var before = index - 1
        while before >= 0, flags(before) & PythonCaseTable.caseIgnorable != 0 { before -= 1 }
        guard before >= 0, flags(before) & PythonCaseTable.cased != 0 else { return false }
        var after = index + 1
        while after < word.count, flags(after) & PythonCaseTable.caseIgnorable != 0 { after += 1 }
        return after == word.count || flags(after) & PythonCaseTable.cased == 0
    }

    /// Writes the UTF-8 encoding of a scalar value at `end` and advances it.
    @inline(__always)
    static func writeUTF8(_ scalar: UInt32, into output: UnsafeMutableBufferPointer<UInt8>, end: inout Int) {
        switch scalar {
        case 0..<0x80:
            output[end] = UInt8(scalar)
            end += 1
        case 0x80..<0x800:
            output[end] = UInt8(0xC0 | (scalar >> 6))
            output[end + 1] = UInt8(0x80 | (scalar & 0x3F))
            end += 2
        case 0x800..<0x10000:
            output[end] = UInt8(0xE0 | (scalar >> 12))
            output[end + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            output[end + 2] = UInt8(0x80 | (scalar & 0x3F))
            end += 3
        default:
            output[end] = UInt8(0xF0 | (scalar >> 18))
            output[end + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
            output[end + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            output[end + 3] = UInt8(0x80 | (scalar & 0x3F))
            end += 4
        }
    }
}
