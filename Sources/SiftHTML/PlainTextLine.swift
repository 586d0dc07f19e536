/// One line of normalised plain text with the features `PlainTextArticleSelector` judges it by.
struct PlainTextLine {
    /// UTF-8 byte range in the text (without the line break).
    var range: Range<Int>
    /// Index of the paragraph (blank-line separated group) the line belongs to.
    var paragraph: Int
    /// Whitespace-separated tokens (each kana or CJK ideograph counts as one).
    var tokens: Int
    /// Unicode code points.
    var characters: Int
    /// The last character ends a sentence (. ! ? … 。 ！ ？ possibly before a closing quote or bracket).
    var endsSentence: Bool
    /// The last visible character is an ellipsis (… or ...): a truncated teaser.
    var endsWithEllipsis: Bool
    /// The first character is an uppercase letter or a digit (ASCII), or any non-ASCII letter.
    var startsCapitalised: Bool

    /// Measures the line `bytes[range]`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, paragraph: Int) {
        self.range = range
        self.paragraph = paragraph
        var tokens = 0, characters = 0
        var inToken = false
        for index in range {
            let byte = bytes[index]
            if byte & 0xC0 == 0x80 { continue } // a continuation byte belongs to the character before
            characters += 1
            if byte >= 0xE3 && byte <= 0xE9 {
                // Kana and CJK ideographs (U+3000…U+9FFF) are written without spaces: each is a token.
                tokens += 1
                inToken = false
                continue
            }
            let space = byte == 0x20 || byte == 0x09
            if !space && !inToken { tokens += 1 }
            inToken = !space
        }
        self.tokens = tokens
        self.characters = characters
        var end = range.upperBound
        while end > range.lowerBound, [0x22, 0x27, 0x29, 0x5D].contains(bytes[end - 1]) { end -= 1 }
        while end - 3 >= range.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
              bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 {
            end -= 3 // ” ’
        }
        let last = end > range.lowerBound ? bytes[end - 1] : 0
        let ellipsis = end - 3 >= range.lowerBound && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && last == 0xA6
        let fullStop = end - 3 >= range.lowerBound && ((bytes[end - 3] == 0xE3 && bytes[end - 2] == 0x80 && last == 0x82)
            || (bytes[end - 3] == 0xEF && bytes[end - 2] == 0xBC && (last == 0x81 || last == 0x9F))) // 。！？
        let dots = end - 3 >= range.lowerBound && last == 0x2E && bytes[end - 2] == 0x2E && bytes[end - 3] == 0x2E
        self.endsWithEllipsis = ellipsis || dots
        self.endsSentence = last == 0x2E || last == 0x21 || last == 0x3F || ellipsis || fullStop
        let first = range.isEmpty ? 0 : bytes[range.lowerBound]
        self.startsCapitalised = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || first >= 0xC0
            || first == 0x22 || (first == 0xE2 && range.count > 2) // “ ‘ open quotes
    }

    /// Running text: a sentence of four or more tokens, or a long line.
    var isProse: Bool { (endsSentence && tokens >= 4 && !endsWithEllipsis) || tokens >= 20 }

    /// A menu entry or label: at most three tokens and 32 characters, not ending a sentence.
    var isMenuLike: Bool { tokens <= 3 && characters <= 32 && !endsSentence }
}
