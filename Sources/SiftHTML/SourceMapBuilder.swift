import SiftCore

/// Turns source pieces (UTF-8 offsets into the final text, offsets into the parsed bytes) into the
/// `source_map` layer: source ranges moved back to the raw input (`SourceOffsets`), text offsets converted
/// to code points, and neighbouring pieces merged where no precision is lost.
///
/// A piece becomes a one-byte-per-character segment when it was copied verbatim and each of its characters
/// is one raw byte (ASCII in UTF-8, any text in a single-byte charset); otherwise it is a whole segment.
/// Merged: one-byte-per-character segments separated by nothing, or by one character of text against one
/// byte of source (a space that was a space, a tab or a newline), so they stay exact; whole segments that
/// touch in the text and in the source (the parts of one word). A whole piece whose lengths happen to be
/// equal would read as exact, so it is left out (it cannot arise: a reference or a multi-byte character
/// always takes more bytes than characters).
enum SourceMapBuilder {
    static func build(_ pieces: [SourcePiece], text: String, offsets: SourceOffsets) -> SourceMap {
        var segments: [SourceMap.Segment] = []
        segments.reserveCapacity(pieces.count / 2 + 1)
        var exact: [Bool] = []
        var text = text
        text.withUTF8 { utf8 in
            var byte = 0
            var codePoint = 0
            func codePoints(to offset: Int) -> Int {
                let target = min(offset, utf8.count)
                while byte < target {
                    if utf8[byte] & 0xC0 != 0x80 { codePoint += 1 }
                    byte += 1
                }
                return codePoint
            }
            for piece in pieces where piece.textEnd > piece.textStart && piece.textStart >= byte {
                let textStart = codePoints(to: piece.textStart)
                let textEnd = codePoints(to: piece.textEnd)
                let sourceStart = offsets.start(piece.sourceStart)
                let sourceEnd = max(sourceStart, offsets.end(piece.sourceEnd))
                let isExact = piece.verbatim && sourceEnd - sourceStart == textEnd - textStart
                if !isExact && sourceEnd - sourceStart == textEnd - textStart { continue }
                let segment = SourceMap.Segment(
                    textStart: textStart, textLength: textEnd - textStart, sourceStart: sourceStart,
                    sourceLength: sourceEnd - sourceStart)
                if let last = segments.last, merges(last, exact.last == true, segment, isExact) {
                    segments[segments.count - 1].textLength = segment.textEnd - last.textStart
                    segments[segments.count - 1].sourceLength = max(last.sourceEnd, segment.sourceEnd) - last.sourceStart
                    continue
                }
                segments.append(segment)
                exact.append(isExact)
            }
        }
        return SourceMap(segments)
    }

    private static func merges(_ last: SourceMap.Segment, _ lastExact: Bool, _ next: SourceMap.Segment, _ nextExact: Bool) -> Bool {
        let textGap = next.textStart - last.textEnd
        let sourceGap = next.sourceStart - last.sourceEnd
        if lastExact && nextExact { return textGap == sourceGap && (textGap == 0 || textGap == 1) }
        if !lastExact && !nextExact {
            let touching = textGap == 0 && (sourceGap == 0 || next.sourceStart == last.sourceStart)
            // Merged, the lengths must still differ, or the segment would read as exact.
            let merged = (next.textEnd - last.textStart) != (max(last.sourceEnd, next.sourceEnd) - last.sourceStart)
            return touching && merged
        }
        return false
    }
}
