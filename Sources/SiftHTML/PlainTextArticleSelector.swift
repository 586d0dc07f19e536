/// The article part of a plain text that came from a web page, and what was found on the way.
public struct PlainTextArticle: Sendable, Equatable {
    /// The kept lines: lines of one paragraph joined by "\n", paragraphs by "\n\n".
    public var text: String
    /// Whether the text holds running prose (at least one sentence-like line).
    public var articleFound: Bool
    /// Lines kept and lines in all (blank lines not counted).
    public var linesKept: Int
    public var linesTotal: Int
    /// Names from byline lines ("By Jane Doe"), in order.
    public var bylines: [String]
    /// The UTF-8 ranges of the kept lines in the classified text, and where each starts in `text`.
    var keptLines: [Range<Int>] = []
    var keptOffsets: [Int] = []
}

/// The boilerplate classifier of `HTMLCleanupStage`'s article mode, for plain text copied from a page:
/// lines are blocks, blank lines separate paragraphs. Dropped, by general rules:
/// - menus: runs of three or more short lines (≤ 3 tokens, ≤ 32 characters) that do not end a sentence;
/// - lines worded like furniture: "Also read: …", "Read more", "Share this", "Subscribe", "© 2025 …",
///   "All rights reserved", "Advertisement", "Photo: …" (`BoilerplatePhrases`);
/// - bylines ("By", "By Jane Doe") — their names are reported — and image alt text left behind
///   ("Jane Doe Avatar", "logo"); datelines ("UPDATED: July 4, 2025, 11:47 AM - 2 min read");
/// - URL slugs and bare URLs;
/// - a teaser cut short with "…" whose text starts another line (the full paragraph is kept), and
///   later copies of a line already seen (a headline repeated after the byline);
/// - before the first line of prose, everything but title-like lines (the headline); after the last
///   line of prose, everything that is not prose (footers, link lists).
/// Text with no line of prose keeps every line the rules above do not drop and reports no article.
public struct PlainTextArticleSelector: Sendable {
    /// The selector (no settings).
    public init() {}

    /// Classifies the lines of `text` (normalised: see `PlainTextNormalizer`).
    public func extract(_ text: String) -> PlainTextArticle {
        var text = text
        return text.withUTF8 { bytes in classify(bytes) }
    }

    private func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> PlainTextArticle {
        var lines: [PlainTextLine] = []
        var paragraph = 0, start = 0, blank = false
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            if index > start {
                if blank && !lines.isEmpty { paragraph += 1 }
                lines.append(PlainTextLine(bytes, range: start..<index, paragraph: paragraph))
                blank = false
            } else {
                blank = true
            }
            start = index + 1
        }
        var junk = [Bool](repeating: false, count: lines.count)
        var bylines: [String] = []
        markMenus(lines, &junk)
        var seen = Set<[UInt8]>()
        let byStart = PlainTextRules.linesByStart(lines, bytes)
        for (index, line) in lines.enumerated() {
            let text = UnsafeBufferPointer(rebasing: bytes[line.range])
            if let name = PlainTextRules.byline(text, line) {
                junk[index] = true
                if !name.isEmpty { bylines.append(name) }
            } else if BoilerplatePhrases.match(text) != nil || PlainTextRules.isAltText(text, line)
                || PlainTextRules.isDateline(text, line) || PlainTextRules.isSlugOrURL(text, line) {
                junk[index] = true
            } else if line.endsWithEllipsis, PlainTextRules.isTeaser(index, lines, bytes, byStart: byStart) {
                junk[index] = true
            }
            // A later copy of a line already seen (not a short label: "Photo", "1.").
            if line.tokens >= 3, !seen.insert(Array(text)).inserted { junk[index] = true }
        }
        let firstProse = lines.indices.first { !junk[$0] && lines[$0].isProse }
        let lastProse = lines.indices.last { !junk[$0] && lines[$0].isProse }
        var kept = junk.map { !$0 }
        if let firstProse, let lastProse {
            for index in 0..<firstProse where kept[index] {
                let line = lines[index]
                kept[index] = line.isProse || (line.tokens >= 3 && line.startsCapitalised && !line.isMenuLike)
            }
            for index in (lastProse + 1)..<lines.count where kept[index] { kept[index] = lines[index].isProse }
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var previousParagraph = -1, count = 0
        var keptLines: [Range<Int>] = []
        var keptOffsets: [Int] = []
        for (index, line) in lines.enumerated() where kept[index] {
            if previousParagraph >= 0 {
                output.append(0x0A)
                if line.paragraph != previousParagraph { output.append(0x0A) }
            }
            keptLines.append(line.range)
            keptOffsets.append(output.count)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line.range]))
            previousParagraph = line.paragraph
            count += 1
        }
        return PlainTextArticle(
            text: String(decoding: output, as: UTF8.self), articleFound: firstProse != nil, linesKept: count,
            linesTotal: lines.count, bylines: bylines, keptLines: keptLines, keptOffsets: keptOffsets)
    }

    /// Runs of three or more menu-like lines (blank lines between them do not break a run).
    private func markMenus(_ lines: [PlainTextLine], _ junk: inout [Bool]) {
        var runStart = 0
        for index in 0...lines.count {
            if index < lines.count && lines[index].isMenuLike { continue }
            if index - runStart >= 3 { for member in runStart..<index { junk[member] = true } }
            runStart = index + 1
        }
    }
}
