import SiftCore
import SiftJSON

/// `cleanup.html.v1`: turns a document's raw input into its clean text — the only stage that sets
/// `Document.text`.
///
/// - HTML (`RawContent.html`) goes through `HTMLExtractor` (libxml2's parser driving a walk in C), then
///   the blocks that form the text are chosen: all of them (`mode` `full`), or the article's
///   (`mode` `article`: `HTMLArticleSelector`). The page's metadata (`HTMLMetadata`) goes to
///   `metadata`: `title`, `description`, `language`, `authors`, `published`, `canonical_url`,
///   `site_name`; the title is not part of the text unless `include_title` is set.
/// - Plain text (`RawContent.plainText`, `RawContent.text`) is normalised by `PlainTextNormalizer`; in
///   article mode `PlainTextArticleSelector` then drops menus, bylines, footers and other furniture lines.
/// - Article mode records what it did in `metadata.extraction`:
///   `{"mode": "article", "article_found": Bool, "blocks_kept": Int, "blocks_total": Int}`.
/// - The charset is decided by `InputDecoding.decodeToUTF8` (BOM, the input's HTTP `Content-Type`,
///   `<meta>`, valid UTF-8, ICU detection, windows-1252); non-UTF-8 bytes are converted to UTF-8 first and
///   `metadata["charset"]` = `{"name", "source", "confidence"?}` records it (`CharsetDecision`).
/// - Bytes are then read as UTF-8 (a BOM is stripped); invalid sequences become U+FFFD and are counted in
///   `diagnostics["invalid_utf8_sequences"]` (only when there are any).
/// - Start tags with more than 64 attributes lose the excess before parsing (libxml2 is quadratic in
///   them); `diagnostics["html_capped_tags"]` counts such tags (only when there are any).
/// - Values the input record already carries in `metadata` (e.g. a JSON Lines `title`) are kept.
/// - With `source_map`, the `source_map` layer (`SourceMapLayer`) maps runs of the text back to byte ranges
///   of the raw input (`SourceMapBuilder`); the text itself does not change.
public struct HTMLCleanupStage: Stage {
    /// The validated options (tag names lowercased).
    public let options: Options
    let extractor: HTMLExtractor
    /// The same, walking <noscript> and <noframes>: article mode's second try on pages with almost no text.
    let fallbackExtractor: HTMLExtractor
    let articleSelector = HTMLArticleSelector()

    /// Builds the stage; throws `StageSetupError` for an out-of-range `max_input_bytes` or a bad tag name.
    public init(options: Options, context: StageContext) throws {
        let options = try options.validated()
        self.options = options
        self.extractor = HTMLExtractor(droppingTags: options.dropElements, mappingSources: options.sourceMap)
        self.fallbackExtractor = HTMLExtractor(
            droppingTags: options.dropElements, keepingFallbacks: true, mappingSources: options.sourceMap)
    }

    /// Builds the stage with default options (for tests and library use).
    public init(options: Options = Options()) throws {
        try self.init(options: options, context: StageContext(baseDirectory: ""))
    }

    /// Sets the document's text from its raw input (replacing any earlier text and layers), and its
    /// metadata and diagnostics as described above. Throws `limit_exceeded` for oversized or pathological input.
    public func process(_ document: inout Document) throws {
        let size = document.raw.byteCount
        guard size <= options.maxInputBytes else {
            throw StageError.limitExceeded(
                "input is \(size) bytes, more than max_input_bytes (\(options.maxInputBytes)) of \(Self.descriptor.id); "
                    + "raise the option or split the input")
        }
        switch document.raw {
        case .html(let raw):
            let (bytes, charset) = InputDecoding.decodeToUTF8(raw, isHTML: true, metadata: document.metadata)
            let pieces = try processHTML(bytes, &document)
            if !charset.isUTF8 { document.metadata["charset"] = charset.json }
            if options.sourceMap { publishSourceMap(pieces, SourceOffsets(raw: raw, decoded: bytes, charset: charset), in: &document) }
        case .plainText(let raw):
            let (bytes, charset) = InputDecoding.decodeToUTF8(raw, isHTML: false, metadata: document.metadata)
            if !charset.isUTF8 { document.metadata["charset"] = charset.json }
            let (text, pieces, invalid) = bytes.withUnsafeBufferPointer { raw in
                InputDecoding.withValidUTF8(raw, mapControls: false) { utf8, invalid in
                    guard options.sourceMap else { return (PlainTextNormalizer.normalize(utf8: utf8), [SourcePiece](), invalid) }
                    let (text, pieces) = PlainTextNormalizer.normalizeMapped(utf8: utf8)
                    return (text, pieces, invalid)
                }
            }
            let kept = setPlainText(text, &document)
            recordInvalid(invalid, in: &document)
            if options.sourceMap {
                publishSourceMap(relocate(pieces, kept), SourceOffsets(raw: raw, decoded: bytes, charset: charset), in: &document)
            }
        case .text(let string):
            guard options.sourceMap else {
                setPlainText(PlainTextNormalizer.normalize(string), &document)
                return
            }
            var utf8 = string
            let (text, pieces) = utf8.withUTF8 { PlainTextNormalizer.normalizeMapped(utf8: InputDecoding.strippingByteOrderMark($0)) }
            let kept = setPlainText(text, &document)
            let offsets = utf8.withUTF8 { SourceOffsets(utf8: $0) }
            publishSourceMap(relocate(pieces, kept), offsets, in: &document)
        }
    }

    /// Sets the text of an HTML page; returns where its runs came from (when mapping sources).
    private func processHTML(_ bytes: [UInt8], _ document: inout Document) throws(StageError) -> [SourcePiece] {
        var extraction = try extractor.extract(bytes)
        var selection: HTMLArticleSelection?
        if options.mode == .article {
            selection = articleSelector.analyze(extraction)
            if selection?.articleFound == false, let retry = try fallback(bytes, extraction) {
                (extraction, selection) = retry
            }
        }
        let metadata = HTMLMetadata(extraction)
        var text: String
        var title = metadata.title
        var pieces: [SourcePiece] = []
        switch selection {
        case nil:
            text = extraction.text
            pieces = extraction.sourcePieces
        case let selection?:
            text = extraction.text(selecting: selection.kept)
            if options.sourceMap { pieces = extraction.sourcePieces(selecting: selection.kept) }
            title = metadata.headline ?? selection.headline.map { String(extraction.text(of: extraction.blocks[$0])) } ?? title
            recordArticle(selection, extraction, metadata, in: &document)
        }
        if options.includeTitle, let title {
            if !text.isEmpty { pieces = SourcePiece.shifted(pieces, by: title.utf8.count + 2) }
            text = text.isEmpty ? title : title + "\n\n" + text
        }
        document.setText(text)
        record(metadata, title: title, in: &document)
        recordInvalid(extraction.invalidUTF8Sequences, in: &document)
        if extraction.cappedTags > 0 { document.diagnostics["html_capped_tags"] = .integer(extraction.cappedTags) }
        return pieces
    }

    /// A page with no article and almost no text whose markup has <noscript> or <noframes>: the walk
    /// again with their content, if that gives an article.
    private func fallback(
        _ bytes: [UInt8], _ extraction: HTMLExtraction
    ) throws(StageError) -> (HTMLExtraction, HTMLArticleSelection)? {
        guard extraction.text.utf8.count < Self.fallbackTextLimit, Self.hasFallbackMarkup(bytes) else { return nil }
        let retry = try fallbackExtractor.extract(bytes)
        let selection = articleSelector.analyze(retry)
        return selection.articleFound ? (retry, selection) : nil
    }

    /// Pages with less visible text than this (bytes) get the <noscript>/<noframes> retry.
    static let fallbackTextLimit = 1000

    /// Whether the page has a `<noscript` or `<noframes` tag (ASCII case-insensitive).
    static func hasFallbackMarkup(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index + 9 <= buffer.count {
                if buffer[index] == 0x3C, buffer[index + 1] | 0x20 == 0x6E, buffer[index + 2] | 0x20 == 0x6F {
                    let rest = UnsafeBufferPointer(rebasing: buffer[(index + 1)...])
                    if BoilerplatePhrases.hasPrefix(rest, "noscript") || BoilerplatePhrases.hasPrefix(rest, "noframes") {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// Sets plain text (its article in article mode); returns the article's lines, nil when all was kept.
    @discardableResult
    private func setPlainText(_ text: String, _ document: inout Document) -> PlainTextArticle? {
        guard options.mode == .article else {
            document.setText(text)
            return nil
        }
        let article = PlainTextArticleSelector().extract(text)
        document.setText(article.text)
        if !article.bylines.isEmpty { setIfAbsent("authors", .array(article.bylines.map { .string($0) }), in: &document) }
        recordExtraction(found: article.articleFound, kept: article.linesKept, total: article.linesTotal, in: &document)
        return article
    }

    private func recordInvalid(_ count: Int, in document: inout Document) {
        if count > 0 { document.diagnostics["invalid_utf8_sequences"] = .integer(count) }
    }
}
