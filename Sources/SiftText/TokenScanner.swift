import SiftCore

/// One tokenization pass: walks the ICU word-break segments of a UTF-16 text once, skips
/// whitespace, and applies the merge and split rules (URLs, e-mail addresses, tags, numbers,
/// abbreviations, clitics) that turn UAX #29 segments into tokens.
///
/// Every rule looks at most a bounded distance ahead and either consumes what it looked at or
/// remembers how far it looked, so a pass is linear in the text length.
struct TokenScanner {
    let text: UnsafeBufferPointer<UInt16>
    /// ICU boundaries after offset 0, ascending; the last one is the text length.
    let boundaries: UnsafeBufferPointer<Int32>
    /// ICU rule status of the segment ending at the same index of `boundaries`.
    let statuses: UnsafeBufferPointer<Int32>
    let splitClitics: Bool
    /// The word lists, fetched once per pass (no lazy-global access per word).
    let lexicon = TokenLexicon.shared
    /// The tokens found so far, in text order.
    var tokens: [Token] = []

    /// Index of the segment holding `position`.
    private var segment = 0
    /// Where the next token may start.
    private var position = 0
    /// An e-mail scan already failed from an earlier start up to here: no later start before it can succeed.
    var noEmailBefore = 0
    /// The offset of the next `@` at or after the last e-mail scan start (`text.count` when none).
    var nextAtSign = -1

    init(
        text: UnsafeBufferPointer<UInt16>, boundaries: UnsafeBufferPointer<Int32>, statuses: UnsafeBufferPointer<Int32>,
        splitClitics: Bool
    ) {
        self.text = text
        self.boundaries = boundaries
        self.statuses = statuses
        self.splitClitics = splitClitics
        tokens.reserveCapacity(boundaries.count / 2 + 1)
    }

    /// The unit at `index`, or 0 past either end of the text (no rule matches 0).
    @inline(__always)
    func unit(_ index: Int) -> UInt16 { index >= 0 && index < text.count ? text[index] : 0 }

    /// Runs the pass over the whole text.
    mutating func run() {
        while segment < boundaries.count {
            let segmentEnd = Int(boundaries[segment])
            if position >= segmentEnd {
                segment += 1
                continue
            }
            var start = position
            while start < segmentEnd, TokenCharacters.isSpaceLike(text[start]) { start += 1 }
            var end = segmentEnd
            while end > start, TokenCharacters.isSpaceLike(text[end - 1]) { end -= 1 }
            if start == end {
                advance(to: segmentEnd)
                continue
            }
            let status = statuses[segment]
            let tokenEnd: Int
            if status >= 100 || TokenCharacters.isAlphanumeric(text[start]) {
                tokenEnd = scanWordlike(start: start, end: end, status: status)
            } else {
                tokenEnd = scanOther(start: start, end: end)
            }
            advance(to: tokenEnd)
        }
    }

    /// Moves past `offset`, keeping `segment` on the segment that holds it.
    @inline(__always)
    private mutating func advance(to offset: Int) {
        position = offset
        while segment < boundaries.count, Int(boundaries[segment]) <= offset { segment += 1 }
    }

    /// The end of the ICU segment that holds `offset` (the first boundary after it).
    func segmentEnd(after offset: Int) -> Int {
        var index = segment
        while index < boundaries.count, Int(boundaries[index]) <= offset { index += 1 }
        return index < boundaries.count ? Int(boundaries[index]) : text.count
    }

    /// The ICU status of the segment that holds `offset`.
    func segmentStatus(at offset: Int) -> Int32 {
        var index = segment
        while index < boundaries.count, Int(boundaries[index]) <= offset { index += 1 }
        return index < statuses.count ? statuses[index] : 0
    }

    @inline(__always)
    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        tokens.append(Token(span: TextSpan(start: start, end: end), kind: kind))
    }

    /// A segment of letters, digits or ideographs (or a position inside one).
    private mutating func scanWordlike(start: Int, end segmentEnd: Int, status: Int32) -> Int {
        let first = text[start]
        if first == 0x40 {  // ICU counts @ as a letter: a handle, or a lone @
            let tagEnd = matchTag(at: start) ?? start + 1
            emit(start, tagEnd, tagEnd > start + 1 ? .tag : .punctuation)
            return tagEnd
        }
        // Each rule below is guarded by a cheap inline test, so a plain word makes no calls.
        let folded = first | 0x20
        if folded == 0x68 || folded == 0x77 || folded == 0x66, let urlEnd = matchURL(at: start) {  // h w f
            emit(start, urlEnd, .url)
            return urlEnd
        }
        var end = segmentEnd
        if nextAtSign < start || (nextAtSign < text.count && nextAtSign - start <= Self.maximumLocalPartLength) {
            switch matchEmail(at: start, segmentEnd: end) {
            case .address(let emailEnd):
                emit(start, emailEnd, .email)
                return emailEnd
            case .strayAt(let at):
                end = at
            case .none:
                break
            }
        }
        if TokenCharacters.isDigit(first) {
            if let numberEnd = matchNumberPattern(at: start, segmentEnd: end) {
                emit(start, numberEnd, .number)
                return numberEnd
            }
            if let unitStart = unitSuffixStart(start: start, end: end) {
                emit(start, unitStart, .number)
                emit(unitStart, end, .word)
                return end
            }
        }
        let next = unit(end)
        if next == 0x2E || next == 0x2D || next == 0x2F, let (merged, kind) = matchWordJoin(start: start, end: end) {
            emit(start, merged, kind)
            return merged
        }
        guard status >= 200 else {
            emit(start, end, wordKind(start: start, end: end, status: status))
            return end
        }
        let length = end - start
        if length == 4, folded == 0x61, splitRunTogether(start: start, end: end) { return end }  // a…
        if splitClitics {
            if length >= 2, TokenCharacters.mayEndClitic(text[end - 1]), splitClitic(start: start, end: end) { return end }
        } else if TokenCharacters.isApostrophe(next), let possessiveEnd = matchPluralPossessive(start: start, end: end) {
            emit(start, possessiveEnd, .word)
            return possessiveEnd
        }
        // A bare domain has its last dot 3 to 5 units before the end (`.uk`, `.com`, `.info`).
        let dotted = length >= 5 && (text[end - 3] == 0x2E || text[end - 4] == 0x2E || text[end - 5] == 0x2E)
        emit(start, end, dotted && isBareDomain(start: start, end: end) ? .url : .word)
        return end
    }

    /// A segment of punctuation, symbols, emoji or anything else ICU gives no word status.
    private mutating func scanOther(start: Int, end: Int) -> Int {
        let first = text[start]
        if first == 0x23 || first == 0x40, let tagEnd = matchTag(at: start) {  // # @
            emit(start, tagEnd, .tag)
            return tagEnd
        }
        if first == 0x2B, let signedEnd = matchSignedNumber(at: start) {  // +
            emit(start, signedEnd, .number)
            return signedEnd
        }
        if let emoticonEnd = matchEmoticon(at: start) {
            emit(start, emoticonEnd, .emoji)
            return emoticonEnd
        }
        if let runEnd = matchPunctuationRun(at: start, end: end) {
            emit(start, runEnd, TokenClassifier.kindOfSymbolic(text, start, runEnd))
            return runEnd
        }
        emit(start, end, TokenClassifier.kindOfSymbolic(text, start, end))
        return end
    }

    private func wordKind(start: Int, end: Int, status: Int32) -> TokenKind {
        if status >= 100, status < 200 {
            return text[end - 1] == 0x20E3 ? .emoji : .number  // a keycap sequence: 1️⃣
        }
        if status >= 200 { return .word }
        return TokenClassifier.kindOfSymbolic(text, start, end)
    }
}
