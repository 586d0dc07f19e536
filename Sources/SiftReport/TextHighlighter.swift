/// Writes a document's text as HTML with its spans (sentences, entities, cues) marked up, in one pass over the
/// text's UTF-8 bytes: code points are counted as the bytes go by, and tags are written at span boundaries.
///
/// Never traps on bad annotations: spans that are empty, reversed or outside the text, and spans that overlap
/// an earlier span of the same level, are left out and counted.
enum TextHighlighter {
    /// Appends `text`, escaped, with `spans` marked up; returns how many spans were left out.
    @discardableResult
    static func render(_ text: String, spans: [HighlightSpan], into html: inout HTMLBuffer) -> Int {
        var text = text
        let length = text.unicodeScalars.count
        var levels = Array(repeating: [HighlightSpan](), count: HighlightSpan.Level.allCases.count)
        var skipped = 0
        for span in spans {
            guard 0 <= span.start, span.start < span.end, span.end <= length else {
                skipped += 1
                continue
            }
            levels[span.level.rawValue].append(span)
        }
        var points: [Int] = []
        for index in levels.indices {
            levels[index].sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
            var kept: [HighlightSpan] = []
            kept.reserveCapacity(levels[index].count)
            for span in levels[index] {
                if let last = kept.last, span.start < last.end {
                    skipped += 1
                } else {
                    kept.append(span)
                    points.append(span.start)
                    points.append(span.end)
                }
            }
            levels[index] = kept
        }
        points.sort()
        var state = State(levels: levels)
        var pointIndex = 0
        var nextPoint = points.first ?? Int.max
        text.withUTF8 { bytes in
            var position = 0
            for byte in bytes {
                if byte & 0xC0 != 0x80 {
                    if position == nextPoint {
                        state.transition(at: position, into: &html)
                        while pointIndex < points.count && points[pointIndex] <= position { pointIndex += 1 }
                        nextPoint = pointIndex < points.count ? points[pointIndex] : Int.max
                    }
                    position += 1
                }
                html.appendEscaped(byte)
            }
        }
        if nextPoint == length { state.transition(at: length, into: &html) }
        return skipped
    }

    /// Which span of each level is open, and where each level's next span is.
    private struct State {
        let levels: [[HighlightSpan]]
        var active: [Int?]
        var next: [Int]

        init(levels: [[HighlightSpan]]) {
            self.levels = levels
            active = Array(repeating: nil, count: levels.count)
            next = Array(repeating: 0, count: levels.count)
        }

        /// At a span boundary: closes the open spans from the innermost down to the outermost level that
        /// changes (writing the `after` of spans that end), then opens what is active from there inwards.
        mutating func transition(at position: Int, into html: inout HTMLBuffer) {
            var updated = active
            var lowest = levels.count
            for level in levels.indices {
                if let open = updated[level], levels[level][open].end <= position { updated[level] = nil }
                if next[level] < levels[level].count, levels[level][next[level]].start == position {
                    updated[level] = next[level]
                    next[level] += 1
                }
                if updated[level] != active[level] { lowest = min(lowest, level) }
            }
            guard lowest < levels.count else { return }
            for level in stride(from: levels.count - 1, through: lowest, by: -1) {
                guard let open = active[level] else { continue }
                html.raw(levels[level][open].close)
                if updated[level] != open, let after = levels[level][open].after { html.append(after) }
            }
            for level in lowest..<levels.count {
                if let open = updated[level] { html.append(levels[level][open].open) }
            }
            active = updated
        }
    }
}
