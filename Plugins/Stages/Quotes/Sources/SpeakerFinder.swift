import SiftCore

/// Attributes a quotation to a speaker from the words right around it, within its sentence:
///
/// * after it: `“…,” said Mayor Ana Ruiz.` — `“…,” Ruiz said.` — `“…,” she added.`
/// * before it: `Ruiz said: “…”` — `According to Ruiz, “…”`
///
/// A speaker is a run of capitalised words (with name particles such as `de`, `van`, `al` inside) or a
/// personal pronoun. Nothing else is guessed: no speaker is better than a wrong one.
struct SpeakerFinder {
    let text: DocumentText
    let tokens: [Token]
    let verbs: Set<String>

    static let pronouns: Set<String> = ["he", "she", "they", "i", "we"]
    static let particles: Set<String> = ["de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le"]

    /// The speaker and cue for the quotation whose marks span `quoted` (marks included).
    func attribution(of quoted: TextSpan) -> (speaker: TextSpan, cue: String)? {
        let after = tokens.firstIndex { $0.span.start >= quoted.end } ?? tokens.count
        let before = (tokens.lastIndex { $0.span.end <= quoted.start }).map { $0 + 1 } ?? 0
        return following(from: after) ?? preceding(upTo: before)
    }

    /// `, said NAME` / `NAME said` after the closing mark.
    private func following(from start: Int) -> (speaker: TextSpan, cue: String)? {
        var index = start
        if index < tokens.count, word(index) == "," { index += 1 }
        guard index < tokens.count, !crossesLine(from: start - 1, to: index) else { return nil }
        if verbs.contains(word(index)), let name = name(startingAt: index + 1) {
            return (name, word(index))
        }
        if let name = name(startingAt: index) {
            let next = tokens.firstIndex { $0.span.start >= name.end } ?? tokens.count
            if next < tokens.count, verbs.contains(word(next)) { return (name, word(next)) }
        }
        return nil
    }

    /// `NAME said:` / `According to NAME,` right before the opening mark.
    private func preceding(upTo end: Int) -> (speaker: TextSpan, cue: String)? {
        var index = end - 1
        guard index >= 0, word(index) == ":" || word(index) == "," else { return nil }
        index -= 1
        guard index >= 0 else { return nil }
        if verbs.contains(word(index)), let name = name(endingAt: index - 1) { return (name, word(index)) }
        if let name = name(endingAt: index) {
            let first = tokens.firstIndex { $0.span.start >= name.start } ?? 0
            if first >= 2, word(first - 1) == "to", word(first - 2) == "according" { return (name, "according") }
        }
        return nil
    }

    /// The longest name (or a pronoun) starting at token `start`.
    private func name(startingAt start: Int) -> TextSpan? {
        guard start < tokens.count else { return nil }
        if Self.pronouns.contains(word(start)) { return tokens[start].span }
        var end = start
        while end < tokens.count, isNamePart(end, first: end == start), end == start || adjacent(end - 1, end) { end += 1 }
        while end > start, !isCapitalised(end - 1) { end -= 1 }  // never end on a particle
        return end > start ? TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end) : nil
    }

    /// The longest name (or a pronoun) ending at token `last`.
    private func name(endingAt last: Int) -> TextSpan? {
        guard last >= 0 else { return nil }
        if Self.pronouns.contains(word(last)) { return tokens[last].span }
        var start = last
        while start >= 0, isNamePart(start, first: false), start == last || adjacent(start, start + 1) { start -= 1 }
        start += 1
        while start <= last, !isCapitalised(start) { start += 1 }
        return start <= last ? TextSpan(start: tokens[start].span.start, end: tokens[last].span.end) : nil
    }

    private func isNamePart(_ index: Int, first: Bool) -> Bool {
        isCapitalised(index) || (!first && Self.particles.contains(word(index)))
    }

    private func isCapitalised(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, let scalar = text.substring(tokens[index].span).unicodeScalars.first else { return false }
        return scalar.properties.isUppercase
    }

    /// Whether only spaces (no line break, no punctuation) separate two tokens.
    private func adjacent(_ left: Int, _ right: Int) -> Bool {
        let gap = text.utf16[tokens[left].span.end..<tokens[right].span.start]
        return gap.allSatisfy { $0 == 0x20 || $0 == 0xA0 }
    }

    private func crossesLine(from left: Int, to right: Int) -> Bool {
        guard left >= 0, right < tokens.count, left < right else { return false }
        return text.utf16[tokens[left].span.end..<tokens[right].span.start].contains(0x0A)
    }

    private func word(_ index: Int) -> String {
        text.substring(tokens[index].span).lowercased()
    }
}
