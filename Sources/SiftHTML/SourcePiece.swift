import CSiftLibXML2

/// A run of cleaned text and the bytes it was made from, before the source map is finished: UTF-8 offsets
/// into a text, byte offsets into the bytes cleanup read (see `SourceMapBuilder`).
struct SourcePiece: Sendable, Hashable {
    var textStart: Int
    var textEnd: Int
    var sourceStart: Int
    var sourceEnd: Int
    /// The text bytes are the source bytes themselves.
    var verbatim: Bool

    init(textStart: Int, textEnd: Int, sourceStart: Int, sourceEnd: Int, verbatim: Bool) {
        self.textStart = textStart
        self.textEnd = textEnd
        self.sourceStart = sourceStart
        self.sourceEnd = sourceEnd
        self.verbatim = verbatim
    }

    init(_ piece: SiftSourcePiece) {
        self.init(
            textStart: Int(piece.text_start), textEnd: Int(piece.text_end), sourceStart: Int(piece.source_start),
            sourceEnd: Int(piece.source_end), verbatim: piece.verbatim != 0)
    }

    /// The pieces a C call returned (none for a NULL pointer).
    static func array(_ pieces: UnsafePointer<SiftSourcePiece>?, count: Int) -> [SourcePiece] {
        guard let pieces, count > 0 else { return [] }
        return UnsafeBufferPointer(start: pieces, count: count).map(SourcePiece.init)
    }

    /// `pieces` (sorted by text) moved into a text made of some of their text's ranges: `kept[i]` is
    /// copied to `offsets[i]` of the new text (ranges ascending). Pieces outside every kept range go.
    static func relocate(_ pieces: [SourcePiece], keeping kept: [Range<Int>], at offsets: [Int]) -> [SourcePiece] {
        var result: [SourcePiece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        for (range, offset) in zip(kept, offsets) {
            while index < pieces.count, pieces[index].textStart < range.lowerBound { index += 1 }
            while index < pieces.count, pieces[index].textEnd <= range.upperBound {
                var piece = pieces[index]
                piece.textStart += offset - range.lowerBound
                piece.textEnd += offset - range.lowerBound
                result.append(piece)
                index += 1
            }
        }
        return result
    }
}

extension SourcePiece {
    /// `pieces` with their text offsets moved by `offset` bytes (text was put in front).
    static func shifted(_ pieces: [SourcePiece], by offset: Int) -> [SourcePiece] {
        pieces.map { piece in
            var piece = piece
            piece.textStart += offset
            piece.textEnd += offset
            return piece
        }
    }
}
