import CSiftLibXML2
import SiftCore

/// Parses HTML with libxml2 and walks it into text blocks and metadata (the C shim does both; Swift
/// creates no string per node).
///
/// What the text holds:
/// - Block elements (`p`, `div`, headings, `li`, `dt`/`dd`, `tr`, `blockquote`, `section`, …) are
///   separated by one blank line; inline elements are joined as rendered (`a <b>b</b>` → `a b`).
/// - `<br>` is a line break; two or more in a row end the block (a paragraph break).
/// - Table rows are blocks; cells in a row are separated by a tab.
/// - HTML whitespace collapses to one space and is trimmed at block edges. Inside `<pre>` (and
///   `listing`, `xmp`, `plaintext`) line breaks and spaces are kept (3+ line breaks become one blank
///   line; trailing spaces on a line and blank lines at the block's edges go).
/// - Entities are decoded. NBSP and the other Unicode spaces count as whitespace; soft hyphens go;
///   C1 controls become their windows-1252 characters (`&#146;` → ’); no C0 control survives.
/// - Dropped with their content: comments, `head` (except title and meta, kept as metadata), `title`,
///   `script`, `style`, `noscript`, `template`, `svg`, `math`, `iframe`, `frame`/`frameset`/`noframes`,
///   `object`, `embed`, `applet`, `canvas`, `audio`, `video`, `map`, form controls (`select`/`option`/
///   `optgroup`/`datalist`, `textarea`, `button`, `input`), ruby annotations (`rt`, `rp`), and any
///   extra tag given. Image `alt` text is not included. CSS visibility is not evaluated; blocks under
///   `hidden`/`aria-hidden` elements are kept and flagged (`HTMLTextBlock.Ancestors.hidden`).
/// - Parsing is libxml2's HTML parser in recover mode, network off, errors silenced, no depth cap
///   (the walk is iterative). Parse time stays linear in the input: attributes past the 64th of a tag
///   are dropped first (`HTMLExtraction.cappedTags`), and markup that would make libxml2 rescan deep
///   element stacks over and over (stray end tags under thousands of open elements) stops the parse
///   with `limit_exceeded`.
public struct HTMLExtractor: Sendable {
    /// Extra tags dropped with their content, lowercase.
    public let droppedTags: [String]
    /// `droppedTags` as NUL-terminated names, the form the C walker reads.
    private let dropList: [UInt8]

    /// Whether `<noscript>` and `<noframes>` content is walked instead of dropped.
    public let keepsFallbacks: Bool

    /// Whether extractions record where each run of text came from (for the source map).
    public let mapsSources: Bool

    /// - Parameters:
    ///   - droppedTags: extra tag names to drop with their content (case-insensitive).
    ///   - keepingFallbacks: walk `<noscript>` and `<noframes>` content (the fallbacks of pages that render
    ///     with scripts or are made of frames).
    ///   - mappingSources: record where each run of text came from in the bytes parsed.
    public init(droppingTags droppedTags: [String] = [], keepingFallbacks: Bool = false, mappingSources: Bool = false) {
        self.keepsFallbacks = keepingFallbacks
        self.mapsSources = mappingSources
        self.droppedTags = droppedTags.map { $0.lowercased() }
        var list: [UInt8] = []
        for name in self.droppedTags {
            list.append(contentsOf: name.utf8)
            list.append(0)
        }
        self.dropList = list
    }

    /// Extracts a page from raw bytes: strips a BOM, decides the encoding, repairs invalid UTF-8, parses.
    public func extract(_ bytes: UnsafeBufferPointer<UInt8>) throws(StageError) -> HTMLExtraction {
        try InputDecoding.withValidUTF8(bytes, mapControls: true) { (utf8, invalid) throws(StageError) in
            var extraction = try extract(validUTF8: utf8)
            extraction.invalidUTF8Sequences = invalid
            return extraction
        }
    }

    /// Extracts a page from raw bytes (see `extract(_:)`).
    public func extract(_ bytes: [UInt8]) throws(StageError) -> HTMLExtraction {
        try bytes.withUnsafeBufferPointer { (buffer) throws(StageError) in try extract(buffer) }
    }

    /// Extracts a page from bytes that are already valid UTF-8 without NULs (`InputDecoding.withValidUTF8`).
    public func extract(validUTF8 html: UnsafeBufferPointer<UInt8>) throws(StageError) -> HTMLExtraction {
        var result = SiftHTMLResult()
        let status = dropList.withUnsafeBufferPointer { drops in
            drops.withMemoryRebound(to: CChar.self) { names in
                sift_html_extract(
                    html.baseAddress, html.count, names.baseAddress, names.count,
                    (keepsFallbacks ? Int32(SIFT_HTML_KEEP_FALLBACKS) : 0) | (mapsSources ? Int32(SIFT_HTML_SOURCE_MAP) : 0),
                    &result)
            }
        }
        defer { sift_html_result_free(&result) }
        switch status {
        case Int32(SIFT_HTML_OK), Int32(SIFT_HTML_EMPTY): break
        case Int32(SIFT_HTML_ERROR_TOO_LARGE):
            throw StageError.limitExceeded("HTML input of \(html.count) bytes is larger than libxml2 can parse in one piece (2 GiB)")
        case Int32(SIFT_HTML_ERROR_TOO_COMPLEX):
            throw StageError.limitExceeded(
                "HTML markup too costly to parse: masses of stray or misplaced tags under a very deep element stack "
                    + "(libxml2 rescans the stack for each one, which grows quadratically); parsing was stopped")
        default:
            throw StageError.limitExceeded("ran out of memory while parsing \(html.count) bytes of HTML")
        }
        return Self.convert(result)
    }

    private static func convert(_ result: SiftHTMLResult) -> HTMLExtraction {
        let textBytes = UnsafeBufferPointer(start: result.text, count: result.text_length)
        let text = String(decoding: textBytes, as: UTF8.self)
        var blocks: [HTMLTextBlock] = []
        if let cBlocks = result.blocks {
            blocks = UnsafeBufferPointer(start: cBlocks, count: result.block_count).map(HTMLTextBlock.init)
        }
        var nodes: [HTMLNode] = []
        if let cNodes = result.nodes {
            nodes = UnsafeBufferPointer(start: cNodes, count: result.node_count).map(HTMLNode.init)
        }
        var pieces = SourcePiece.array(result.pieces, count: result.piece_count)
        if text.utf8.count != result.text_length {
            // Cannot happen (the walker writes valid UTF-8); if it did, offsets would be off: one block then.
            blocks = text.isEmpty ? [] : [HTMLTextBlock(
                utf8Range: 0..<text.utf8.count, characterCount: text.unicodeScalars.count, linkCharacterCount: 0,
                tagIndex: 0, depth: -1, elementIndex: -1, pathHash: 0, ancestors: [])]
            nodes = []
            pieces = []
        }
        let records = HTMLMetadataRecord.parse(UnsafeBufferPointer(start: result.records, count: result.records_length))
        func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String? { pointer.map { String(cString: $0) } }
        var extraction = HTMLExtraction(
            text: text, blocks: blocks, nodes: nodes, records: records, title: string(result.title), description: string(result.description),
            openGraphTitle: string(result.og_title), openGraphDescription: string(result.og_description),
            language: string(result.language), elementCount: Int(result.element_count), maxDepth: Int(result.max_depth),
            cappedTags: Int(result.capped_tags))
        extraction.sourcePieces = pieces
        return extraction
    }
}
