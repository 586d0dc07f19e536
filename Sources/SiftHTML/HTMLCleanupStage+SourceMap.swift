import SiftCore

extension HTMLCleanupStage {
    /// Publishes the `source_map` layer for the text just set (`setText` dropped every earlier layer).
    /// `offsets` is nil when a charset conversion could not be retraced: the map is then empty rather than wrong.
    func publishSourceMap(_ pieces: [SourcePiece], _ offsets: SourceOffsets?, in document: inout Document) {
        guard let text = document.text else { return }
        let map = offsets.map { SourceMapBuilder.build(pieces, text: text.string, offsets: $0) } ?? SourceMap([])
        document.layers[SourceMapLayer.self] = map
    }

    /// Plain-text pieces moved into the article's text (unchanged when every line was kept).
    func relocate(_ pieces: [SourcePiece], _ article: PlainTextArticle?) -> [SourcePiece] {
        guard let article else { return pieces }
        return SourcePiece.relocate(pieces, keeping: article.keptLines, at: article.keptOffsets)
    }
}
