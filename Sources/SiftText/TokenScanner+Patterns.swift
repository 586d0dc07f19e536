/// Web-text patterns that ICU splits but a reader sees as one token: URLs, e-mail addresses,
/// hashtags and handles. Each matcher returns the token's end, or `nil` when it does not apply.
extension TokenScanner {
    /// Longest URL, e-mail local part and tag the matchers consider (bounds the work per start).
    static let maximumURLLength = 4096
    static let maximumLocalPartLength = 64
    static let maximumDomainLength = 255
    static let maximumTagLength = 256

    /// Whether `text[index...]` starts with the lowercase ASCII `prefix`, ignoring case.
    func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= text.count else { return false }
        return prefix.withUTF8Buffer { bytes in
            for offset in 0..<count where TokenCharacters.lower(text[index + offset]) != UInt16(bytes[offset]) {
                return false
            }
            return true
        }
    }

    /// `http://…`, `https://…`, `ftp://…` or `www.…`, without trailing sentence punctuation.
    func matchURL(at start: Int) -> Int? {
        // Cheap first look (this runs for every word starting with h, w or f).
        let second = unit(start + 1) | 0x20, third = unit(start + 2) | 0x20
        switch text[start] | 0x20 {
        case 0x68: guard second == 0x74, third == 0x74 else { return nil }  // ht t
        case 0x77: guard second == 0x77, third == 0x77 else { return nil }  // ww w
        case 0x66: guard second == 0x74, third == 0x70 else { return nil }  // ft p
        default: return nil
        }
        let body: Int
        if hasPrefix("http://", at: start) { body = start + 7 }
        else if hasPrefix("https://", at: start) { body = start + 8 }
        else if hasPrefix("ftp://", at: start) { body = start + 6 }
        else if hasPrefix("www.", at: start), TokenCharacters.isAlphanumeric(unit(start + 4)) { body = start + 4 }
        else { return nil }
        return scanURLBody(from: body, urlStart: start)
    }

    /// Scans URL characters from `body` and trims trailing punctuation; `nil` when nothing is left.
    func scanURLBody(from body: Int, urlStart: Int) -> Int? {
        let limit = min(text.count, urlStart + Self.maximumURLLength)
        var end = body
        while end < limit {
            let current = text[end]
            if current < 0x80 {
                guard current > 0x20, current != 0x7F, !Self.urlStopBytes.contains(UInt8(current)) else { break }
                end += 1
            } else {
                let (scalar, width) = TokenCharacters.scalar(in: text, at: end)
                guard TokenCharacters.isWordScalar(scalar) else { break }
                end += width
            }
        }
        // Trailing punctuation belongs to the sentence, except a closing bracket the URL opened.
        var parentheses = 0, brackets = 0  // opened minus closed, counted once
        for index in urlStart..<end {
            switch text[index] {
            case 0x28: parentheses += 1
            case 0x29: parentheses -= 1
            case 0x5B: brackets += 1
            case 0x5D: brackets -= 1
            default: break
            }
        }
        while end > body {
            let last = text[end - 1]
            if last < 0x80, Self.urlTrailingBytes.contains(UInt8(last)) {
                end -= 1
            } else if last == 0x29, parentheses < 0 {
                parentheses += 1
                end -= 1
            } else if last == 0x5D, brackets < 0 {
                brackets += 1
                end -= 1
            } else {
                break
            }
        }
        return end > body ? end : nil
    }

    private static let urlStopBytes: Set<UInt8> = Set("\"<>`{}\\^".utf8)
    private static let urlTrailingBytes: Set<UInt8> = Set(".,;:!?'\"*".utf8)

    /// What an e-mail scan from a word start found.
    enum EmailScan {
        /// An address ending here.
        case address(end: Int)
        /// No address, but an `@` at this offset inside the current segment (ICU counts `@` as a
        /// letter, so `a@` is one segment): the token should end before it.
        case strayAt(Int)
        case none
    }

    /// `local@domain` starting at a word start: `jane.doe@example.com`, `Warner@ENRON`.
    mutating func matchEmail(at start: Int, segmentEnd: Int) -> EmailScan {
        guard start >= noEmailBefore else { return .none }
        if nextAtSign < start {
            // Where the next @ is: most texts have none, so most words skip the scan below.
            var index = start
            while index < text.count, text[index] != 0x40 { index += 1 }
            nextAtSign = index
        }
        guard nextAtSign < text.count, nextAtSign - start <= Self.maximumLocalPartLength else { return .none }
        let limit = min(text.count, start + Self.maximumLocalPartLength + 1)
        var at = start
        while at < limit, TokenCharacters.isAlphanumeric(text[at]) || Self.localPartPunctuation(text[at]) { at += 1 }
        guard at < limit, text[at] == 0x40, at > start else {
            noEmailBefore = at
            return .none
        }
        if let end = scanDomain(from: at + 1) { return .address(end: end) }
        noEmailBefore = at
        return at < segmentEnd ? .strayAt(at) : .none
    }

    @inline(__always)
    private static func localPartPunctuation(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x5F || unit == 0x2D || unit == 0x2B || unit == 0x25  // . _ - + %
    }

    /// Dot-separated labels of letters, digits and inner hyphens; the end of the last label.
    func scanDomain(from start: Int) -> Int? {
        let limit = min(text.count, start + Self.maximumDomainLength)
        var index = start
        var end: Int?
        while index < limit, TokenCharacters.isAlphanumeric(text[index]) {
            while index < limit, TokenCharacters.isAlphanumeric(text[index]) || text[index] == 0x2D { index += 1 }
            var labelEnd = index
            while text[labelEnd - 1] == 0x2D { labelEnd -= 1 }
            end = labelEnd
            guard labelEnd == index, index + 1 < limit, text[index] == 0x2E else { break }
            index += 1
        }
        return end
    }

    /// `#hashtag` (with at least one letter) or `@handle` (dots inside allowed: `@example.com`),
    /// not glued to a preceding word (`C#` is not a tag).
    func matchTag(at start: Int) -> Int? {
        let previous = unit(start - 1)
        if start > 0, TokenCharacters.isAlphanumeric(previous) || previous == 0x5F || previous == 0x23 || previous == 0x40 {
            return nil
        }
        let isHandle = text[start] == 0x40
        let limit = min(text.count, start + Self.maximumTagLength)
        var index = start + 1
        var sawLetter = false
        while index < limit {
            let (scalar, width) = TokenCharacters.scalar(in: text, at: index)
            if TokenCharacters.isWordScalar(scalar) {
                if !sawLetter, scalar.value >= 0x80 || TokenCharacters.isLetter(UInt16(scalar.value)) || scalar == "_" {
                    sawLetter = true
                }
                index += width
            } else if isHandle, scalar == "." || scalar == "-", index > start + 1, index + 1 < limit,
                      TokenCharacters.isAlphanumeric(text[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        guard index > start + 1, isHandle || sawLetter else { return nil }
        return index
    }

    /// Whether a word segment looks like a bare domain (`example.com`, `bbc.co.uk`).
    func isBareDomain(start: Int, end: Int) -> Bool {
        guard end - start >= 4 else { return false }
        var dot = end - 1
        while dot > start, end - dot <= 5, text[dot] != 0x2E { dot -= 1 }
        guard text[dot] == 0x2E, dot > start + 1, let key = TokenLexicon.key(text, dot + 1, end) else { return false }
        return lexicon.topLevelDomains.contains(key)
    }
}
