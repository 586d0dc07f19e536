import SiftCore

/// Finds quoted passages by their quote marks: “…”, „…“, „…”, «…», "…" and, when asked, ‘…’.
///
/// A quotation never crosses a blank line. The same opening mark met while a quotation is open restarts
/// it (quotations running over several paragraphs reopen each one); other marks inside are ignored.
struct QuoteFinder {
    var singleQuotes: Bool

    /// A quoted passage: the span from the opening to the closing mark, and the quoted words inside.
    struct Passage: Equatable {
        var marks: TextSpan
        var content: TextSpan
    }

    /// The passages between matching marks, content trimmed of whitespace, in text order (empty ones left out).
    func passages(in units: [UInt16]) -> [Passage] {
        var passages: [Passage] = []
        var open: (contentStart: Int, opener: UInt16, closers: [UInt16])?
        var index = 0
        while index < units.count {
            let unit = units[index]
            if isBlankLineBreak(units, at: index) {
                open = nil
            } else if let current = open, current.closers.contains(unit), unit != 0x22 || closesStraightQuote(units, at: index) {
                if let content = trimmed(TextSpan(start: current.contentStart, end: index), in: units) {
                    passages.append(Passage(marks: TextSpan(start: current.contentStart - 1, end: index + 1), content: content))
                }
                open = nil
            } else if open == nil || open?.opener == unit, let closers = closers(opening: unit, in: units, at: index) {
                open = (index + 1, unit, closers)
            }
            index += 1
        }
        return passages
    }

    /// The marks that close a quotation opened by `unit` at `index`, or nil when it opens none there.
    private func closers(opening unit: UInt16, in units: [UInt16], at index: Int) -> [UInt16]? {
        switch unit {
        case 0x201C: return [0x201D]  // “ → ”
        case 0x201E: return [0x201C, 0x201D]  // „ → “ or ”
        case 0x00AB: return [0x00BB]  // « → »
        case 0x0022: return opensStraightQuote(units, at: index) ? [0x0022] : nil
        case 0x2018 where singleQuotes: return opensStraightQuote(units, at: index) ? [0x2019] : nil  // ‘ → ’
        default: return nil
        }
    }

    /// A straight or single quote opens after the start of the text, whitespace, an opening bracket or a dash.
    private func opensStraightQuote(_ units: [UInt16], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = units[index - 1]
        return isSpace(before) || [0x28, 0x5B, 0x7B, 0x2014, 0x2013, 0x2D, 0x3A].contains(before)
    }

    /// A straight quote closes unless it is followed by a letter or digit (then it opens a new quotation).
    private func closesStraightQuote(_ units: [UInt16], at index: Int) -> Bool {
        guard index + 1 < units.count else { return true }
        let after = units[index + 1]
        let isAlphanumeric = (after >= 0x30 && after <= 0x39) || (after | 0x20 >= 0x61 && after | 0x20 <= 0x7A)
        return !isAlphanumeric
    }

    /// A line break followed, after optional spaces, by another line break.
    private func isBlankLineBreak(_ units: [UInt16], at index: Int) -> Bool {
        guard units[index] == 0x0A else { return false }
        var next = index + 1
        while next < units.count, units[next] == 0x20 || units[next] == 0x09 || units[next] == 0x0D { next += 1 }
        return next < units.count && units[next] == 0x0A
    }

    private func trimmed(_ span: TextSpan, in units: [UInt16]) -> TextSpan? {
        var start = span.start, end = span.end
        while start < end, isSpace(units[start]) { start += 1 }
        while end > start, isSpace(units[end - 1]) { end -= 1 }
        return start < end ? TextSpan(start: start, end: end) : nil
    }

    private func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x2009 || unit == 0x202F
    }
}
