/// Line rules of `PlainTextArticleSelector` that look at a line's bytes.
enum PlainTextRules {
    /// The name of a byline ("By Jane Doe" → "Jane Doe"; a bare "By" → ""), or nil when the line is none:
    /// "By" followed by at most six capitalised tokens, not ending a sentence.
    static func byline(_ text: UnsafeBufferPointer<UInt8>, _ line: PlainTextLine) -> String? {
        guard line.tokens <= 7, !line.endsSentence, text.count >= 2,
              text[0] == 0x42 || text[0] == 0x62, text[1] == 0x79 || text[1] == 0x59 // By, by, BY
        else { return nil }
        if text.count == 2 { return "" }
        guard text[2] == 0x20 || text[2] == 0x3A, text.count > 3 else { return nil }
        var rest = String(decoding: UnsafeBufferPointer(rebasing: text[3...]), as: UTF8.self).trimmingSpaces
        if rest.hasPrefix(":") { rest = String(rest.dropFirst()).trimmingSpaces }
        let words = rest.split(separator: " ")
        guard !words.isEmpty, words.allSatisfy({ word in
            word.first.map { $0.isUppercase || !$0.isLetter } ?? false || ["and", "&", "de", "van", "von", "da"].contains(word)
        }) else { return nil }
        return rest
    }

    /// Image alt text left in copied text: a short line ending in "Avatar", "logo", "icon", "image", "photo".
    static func isAltText(_ text: UnsafeBufferPointer<UInt8>, _ line: PlainTextLine) -> Bool {
        guard line.tokens <= 4, !line.endsSentence else { return false }
        var start = text.count
        while start > 0, text[start - 1] != 0x20 { start -= 1 }
        let lastWord = UnsafeBufferPointer(rebasing: text[start...])
        return altTextWords.contains { word in
            word.count == lastWord.count && BoilerplatePhrases.hasPrefix(lastWord, word)
        }
    }

    static let altTextWords = ["avatar", "logo", "icon", "image", "photo", "thumbnail", "img"].map { Array($0.utf8) }

    /// A dateline or byline with a date: "News Arena Network - Moscow - UPDATED: July 4, 2025, 11:47 AM - 2 min
    /// read" — a line not ending a sentence that gives a reading time, or a clock time next to a date.
    static func isDateline(_ text: UnsafeBufferPointer<UInt8>, _ line: PlainTextLine) -> Bool {
        guard line.tokens <= 30, line.tokens >= 3, !line.endsSentence else { return false }
        if BoilerplatePhrases.contains(text, "min read") || BoilerplatePhrases.contains(text, "minute read") { return true }
        return hasClockTime(text) && hasDate(text)
    }

    /// "11:47", "9:05".
    static func hasClockTime(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        func digit(_ i: Int) -> Bool { i >= 0 && i < text.count && text[i] >= 0x30 && text[i] <= 0x39 }
        for index in text.indices where text[index] == 0x3A && digit(index - 1) && digit(index + 1) && digit(index + 2) {
            if !digit(index + 3) { return true }
        }
        return false
    }

    /// A month name, or a four-digit year from 1900 to 2099.
    static func hasDate(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if months.contains(where: { BoilerplatePhrases.contains(text, $0 + " ") || BoilerplatePhrases.contains(text, $0 + ". ") }) {
            return true
        }
        func digit(_ i: Int) -> Bool { i >= 0 && i < text.count && text[i] >= 0x30 && text[i] <= 0x39 }
        for index in text.indices where digit(index) && !digit(index - 1) && digit(index + 3) && !digit(index + 4) {
            if (text[index] == 0x31 && text[index + 1] == 0x39) || (text[index] == 0x32 && text[index + 1] == 0x30) { return true }
        }
        return false
    }

    /// A URL slug ("russia-becomes-first-country") or a bare URL on its own line.
    static func isSlugOrURL(_ text: UnsafeBufferPointer<UInt8>, _ line: PlainTextLine) -> Bool {
        guard line.tokens == 1 else { return false }
        if BoilerplatePhrases.hasPrefix(text, "http") || BoilerplatePhrases.hasPrefix(text, "www.") { return true }
        let hyphens = text.filter { $0 == 0x2D }.count
        let upper = text.contains { $0 >= 0x41 && $0 <= 0x5A }
        return hyphens >= 2 && !upper && text.count >= 16
    }

    /// Lines of at least `teaserKey` bytes by their first `teaserKey` bytes (at most 4 per key): where
    /// `isTeaser` looks for the full paragraph, so that many teasers stay linear.
    static let teaserKey = 40

    static func linesByStart(_ lines: [PlainTextLine], _ bytes: UnsafeBufferPointer<UInt8>) -> [[UInt8]: [Int]] {
        var index: [[UInt8]: [Int]] = [:]
        for (number, line) in lines.enumerated() where line.range.count > teaserKey {
            let key = Array(bytes[line.range.lowerBound..<(line.range.lowerBound + teaserKey)])
            if index[key, default: []].count < 4 { index[key, default: []].append(number) }
        }
        return index
    }

    /// Whether line `index` (ending in an ellipsis) is the start of another line: a teaser of a paragraph
    /// given in full elsewhere. The part before the ellipsis must be at least `teaserKey` bytes.
    static func isTeaser(
        _ index: Int, _ lines: [PlainTextLine], _ bytes: UnsafeBufferPointer<UInt8>, byStart: [[UInt8]: [Int]]
    ) -> Bool {
        let line = lines[index]
        var end = line.range.upperBound
        while end > line.range.lowerBound, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x20 { end -= 1 }
        if end - 3 >= line.range.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0xA6 { end -= 3 }
        while end > line.range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        let prefix = UnsafeBufferPointer(rebasing: bytes[line.range.lowerBound..<end])
        guard prefix.count >= teaserKey else { return false }
        let candidates = byStart[Array(prefix.prefix(teaserKey))] ?? []
        return candidates.contains { other in
            other != index && lines[other].range.count > prefix.count
                && zip(bytes[lines[other].range], prefix).allSatisfy { $0 == $1 }
        }
    }
}
