/// Cheap ASCII byte scans for charset declarations and UTF-8 validity.
extension InputDecoding {
    /// How far `<meta>` declarations are looked for.
    public static let metaScanLimit = 4096

    /// The charset named by the first `<meta …charset…>` tag in the first 4 KB (`<meta charset=x>` or
    /// `<meta http-equiv="Content-Type" content="text/html; charset=x">`), ASCII case-insensitive.
    static func metaCharset(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let end = min(bytes.count, metaScanLimit)
        var index = 0
        while index + 5 < end {
            if bytes[index] == 0x3C, matches(bytes, at: index + 1, "meta", end: end) {
                var close = index + 5
                while close < end, bytes[close] != 0x3E { close += 1 }
                if let name = charsetParameter(in: bytes[(index + 5)..<close]) { return name }
                index = close
            }
            index += 1
        }
        return nil
    }

    /// The value after `charset` `=` (optional spaces and quotes) in `bytes`, ASCII case-insensitive.
    static func charsetParameter(in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        let base = bytes.base
        var index = bytes.startIndex
        while index + 7 <= bytes.endIndex {
            if matches(base, at: index, "charset", end: bytes.endIndex) {
                var position = index + 7
                while position < bytes.endIndex, base[position] == 0x20 || base[position] == 0x09 { position += 1 }
                if position < bytes.endIndex, base[position] == 0x3D {
                    position += 1
                    while position < bytes.endIndex,
                        [0x20, 0x09, 0x22, 0x27].contains(base[position]) { position += 1 }
                    var name: [UInt8] = []
                    while position < bytes.endIndex, isNameByte(base[position]), name.count < 40 {
                        name.append(base[position])
                        position += 1
                    }
                    if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                }
            }
            index += 1
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ word: StaticString, end: Int) -> Bool {
        guard index + word.utf8CodeUnitCount <= end else { return false }
        let pointer = word.utf8Start
        for offset in 0..<word.utf8CodeUnitCount where bytes[index + offset] | 0x20 != pointer[offset] { return false }
        return true
    }

    /// A declared name as the decoder uses it, lowercased; nil for names that give no information.
    /// `iso-8859-1`, `latin1`, `us-ascii` → `windows-1252` (the WHATWG rule); a `<meta>` declaring UTF-16
    /// means UTF-8 (the bytes got this far as ASCII-compatible).
    static func canonicalName(_ raw: String, fromMeta: Bool) -> String? {
        let name = raw.lowercased()
        switch name {
        case "": return nil
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252":
            return "windows-1252"
        case "cp1251", "x-cp1251": return "windows-1251"
        case "sjis", "shift-jis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis": return "shift_jis"
        case "utf-16", "utf-16le", "utf-16be": return fromMeta ? "utf-8" : name
        default: return name
        }
    }

    /// Whether `bytes` are UTF-8, possibly damaged: valid (an incomplete sequence at the very end is
    /// allowed: cut input), binary (a NUL byte: repair, no guessing), or with valid multi-byte sequences
    /// at least an eighth as many as the invalid ones (a UTF-8 page with some bad bytes).
    static func looksLikeDamagedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var valid = 0
        var invalid = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 { return true }
                index += 1
                continue
            }
            var length = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            if length == 0 {
                invalid += 1
                index += 1
                continue
            }
            var good = 1
            while good < length, index + good < count {
                let byte = bytes[index + good]
                let (lo, hi): (UInt8, UInt8) = good == 1 ? (low, high) : (0x80, 0xBF)
                guard byte >= lo && byte <= hi else { break }
                good += 1
            }
            if good == length {
                valid += 1
            } else if index + good < count {
                invalid += 1
            }
            index += good
        }
        return invalid == 0 || (valid > 0 && valid * 8 >= invalid)
    }
}
