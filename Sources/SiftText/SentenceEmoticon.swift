/// Recognises a white-space-delimited chunk that is only an emoticon (`:)`, `:-D`, `<3`, `^_^`) or
/// only emoji (`😂😂`, `👍🏽`). Such a chunk after terminal punctuation belongs to the sentence it
/// follows, and at the end of a clause it ends the sentence.
enum SentenceEmoticon {
    /// Whether `text[start..<end]` is one emoticon or a run of emoji. At most 16 units are examined.
    static func isEmoticonChunk(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        let length = end - start
        guard length > 0, length <= 16, end <= text.count else { return false }
        if text[start] >= 0x80 || (length >= 2 && text[start + 1] >= 0x80) { return isEmojiRun(text, start: start, end: end) }
        return isASCIIEmoticon(text, start: start, end: end)
    }

    private static func isEmojiRun(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        var index = start
        var sawPictograph = false
        while index < end {
            let (scalar, width) = SentenceCharacters.scalar(in: text, at: index)
            guard SentenceCharacters.isEmojiPart(scalar) else { return false }
            if scalar.value != 0x200D && scalar.value != 0xFE0F { sawPictograph = true }
            index += width
        }
        return sawPictograph
    }

    private static func isASCIIEmoticon(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        let length = end - start
        guard length >= 2, length <= 8 else { return false }
        let first = text[start]
        let second = text[start + 1]
        // <3 and </3
        if first == 0x3C && (second == 0x33 || (length == 3 && second == 0x2F && text[start + 2] == 0x33)) {
            return length == 2 || length == 3
        }
        // xD, XD
        if length == 2 && (first == 0x78 || first == 0x58) && second == 0x44 { return true }
        // ^^, ^_^, -_-, o_O, T_T, ;_;
        if length == 2 && first == 0x5E && second == 0x5E { return true }
        if length == 3 && second == 0x5F && isUnderscoreEye(first) && isUnderscoreEye(text[start + 2]) { return true }
        // Eyes, an optional nose, then a mouth (possibly repeated: ":)))").
        guard first == 0x3A || first == 0x3B || first == 0x3D else { return false }
        var index = start + 1
        if isNose(text[index]) && index + 1 < end { index += 1 }
        let mouth = text[index]
        guard isMouth(mouth) else { return false }
        while index < end {
            if text[index] != mouth { return false }
            index += 1
        }
        return true
    }

    private static func isUnderscoreEye(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x5E, 0x2D, 0x6F, 0x4F, 0x54, 0x3B, 0x3E, 0x3C: return true  // ^ - o O T ; > <
        default: return false
        }
    }

    private static func isNose(_ unit: UInt16) -> Bool {
        unit == 0x2D || unit == 0x27 || unit == 0x5E || unit == 0x6F  // - ' ^ o
    }

    private static func isMouth(_ unit: UInt16) -> Bool {
        switch unit {
        // ) ( ] [ D P p O o / \ | * 3 > < @ $ S s X x
        case 0x29, 0x28, 0x5D, 0x5B, 0x44, 0x50, 0x70, 0x4F, 0x6F, 0x2F, 0x5C, 0x7C, 0x2A, 0x33, 0x3E, 0x3C, 0x40,
            0x24, 0x53, 0x73, 0x58, 0x78:
            return true
        default: return false
        }
    }
}
