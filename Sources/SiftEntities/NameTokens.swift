import SiftCore

/// Per-token facts the name rules read, computed once per document in one pass over the tokens.
///
/// A class with constant arrays, so that the rules pass it around without copying (and with no
/// exclusivity checks on access); it is built and used by one thread.
final class NameTokens {
    let count: Int
    /// Token spans (UTF-16), from the `tokens` layer.
    let spans: [TextSpan]
    /// How each token is written.
    let shapes: [NameShape]
    /// The word as written, without a possessive suffix (empty for long or non-word tokens).
    let words: [String]
    /// `words` case-folded (see `String.nameKey`).
    let keys: [String]
    /// Where the name part of each token ends: before a possessive suffix, else the token's end.
    let nameEnds: [Int]
    /// The token ends in a possessive (`Putin’s`) or is followed by a possessive clitic token (`Putin` `’s`).
    let isPossessive: [Bool]
    /// The token is the first word of its sentence or of its line.
    let isInitial: [Bool]
    /// No white space separates the token from the one before it.
    let isAttached: [Bool]
    /// A sentence boundary or a line break separates the token from the one before it.
    let breaksBefore: [Bool]
    /// The index of the sentence holding each token (-1 outside every sentence).
    let sentenceIndex: [Int32]

    init(text: UnsafeBufferPointer<UInt16>, tokens: [Token], sentences: [Sentence]) {
        let count = tokens.count
        let spans = tokens.map(\.span)
        var shapes = Array(repeating: NameShape.other, count: count)
        var words = Array(repeating: "", count: count)
        var keys = Array(repeating: "", count: count)
        var nameEnds = spans.map(\.end)
        var isPossessive = Array(repeating: false, count: count)
        var isInitial = Array(repeating: false, count: count)
        var isAttached = Array(repeating: false, count: count)
        var breaksBefore = Array(repeating: false, count: count)
        var sentenceIndex = Array(repeating: Int32(-1), count: count)

        for index in 0..<count {
            let token = tokens[index]
            let span = token.span
            guard span.start >= 0, span.start < span.end, span.end <= text.count else { continue }
            if index > 0 {
                let previousEnd = min(spans[index - 1].end, span.start)
                isAttached[index] = previousEnd == span.start
                breaksBefore[index] = Self.hasLineBreak(text, from: previousEnd, to: span.start)
            }
            if token.kind == .word {
                if let cut = Self.possessiveStart(text, start: span.start, end: span.end) {
                    nameEnds[index] = cut
                    isPossessive[index] = true
                }
                shapes[index] = Self.shape(text, start: span.start, end: nameEnds[index])
            } else if index > 0, Self.isPossessiveClitic(text, start: span.start, end: span.end), isAttached[index] {
                isPossessive[index - 1] = true
            }
            if span.length <= Self.maximumWordLength {
                let units = UnsafeBufferPointer(rebasing: text[span.start..<nameEnds[index]])
                if let (word, key) = Self.asciiWordAndKey(units) {
                    words[index] = word
                    keys[index] = key
                } else {
                    let word = String(decoding: units, as: UTF16.self)
                    words[index] = word
                    keys[index] = word.nameKey
                }
            }
        }
        for number in sentences.indices {
            let sentence = sentences[number]
            let lower = max(0, sentence.tokens.lowerBound)
            let upper = min(count, sentence.tokens.upperBound)
            guard lower < upper else { continue }
            breaksBefore[lower] = true
            var sawWord = false
            for index in lower..<upper {
                sentenceIndex[index] = Int32(number)
                if breaksBefore[index] { sawWord = false }
                if !sawWord && shapes[index] != .other {
                    isInitial[index] = true
                    sawWord = true
                }
            }
        }
        self.count = count
        self.spans = spans
        self.shapes = shapes
        self.words = words
        self.keys = keys
        self.nameEnds = nameEnds
        self.isPossessive = isPossessive
        self.isInitial = isInitial
        self.isAttached = isAttached
        self.breaksBefore = breaksBefore
        self.sentenceIndex = sentenceIndex
    }

    /// Whether the token is a word that can be part of a name.
    @inline(__always)
    func isNameLike(_ index: Int) -> Bool { index >= 0 && index < count && shapes[index].isNameLike }

    /// Whether the token is written with a first capital (capitalised, all capitals or initials).
    @inline(__always)
    func isCapitalised(_ index: Int) -> Bool { isNameLike(index) }

    /// Whether the token's text is exactly `text` (e.g. `-`, `&`, `of`).
    @inline(__always)
    func `is`(_ index: Int, _ text: String) -> Bool { index >= 0 && index < count && words[index] == text }

    /// The span of tokens `range` as a name: from the first token's start to the last token's name end.
    func nameSpan(_ range: Range<Int>) -> TextSpan {
        TextSpan(start: spans[range.lowerBound].start, end: nameEnds[range.upperBound - 1])
    }

    /// The case-folded words of `range`, joined by single spaces (possessives removed).
    func surface(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            if index > range.lowerBound && !isAttached[index] { result += " " }
            result += keys[index]
        }
        return result
    }

    /// The word and its case-folded key for an all-ASCII token, built from bytes (the common case, and
    /// much cheaper than decoding UTF-16 and lowercasing); nil when the token has other characters.
    static func asciiWordAndKey(_ units: UnsafeBufferPointer<UInt16>) -> (String, String)? {
        guard units.count <= maximumWordLength, units.allSatisfy({ $0 < 0x80 }) else { return nil }
        let word = String(unsafeUninitializedCapacity: units.count) { bytes in
            for (index, unit) in units.enumerated() { bytes[index] = UInt8(truncatingIfNeeded: unit) }
            return units.count
        }
        let key = String(unsafeUninitializedCapacity: units.count) { bytes in
            for (index, unit) in units.enumerated() {
                bytes[index] = UInt8(truncatingIfNeeded: unit &- 0x41 < 26 ? unit | 0x20 : unit)
            }
            return units.count
        }
        return (word, key)
    }
}
