/// What `HTMLExtractor` gets out of a page: its text, split into blocks, and its metadata.
public struct HTMLExtraction: Sendable {
    /// The page text: every block, in document order, separated by one blank line ("\n\n").
    public var text: String
    /// The blocks of `text`, in order, each with its features.
    public var blocks: [HTMLTextBlock]
    /// The block-level elements the blocks hang in, in document order (`HTMLTextBlock.nodeIndex`).
    public var nodes: [HTMLNode]
    /// `<meta>`, `<link rel=canonical>`, `<time datetime>` and JSON-LD found in the page, in document order.
    public var records: [HTMLMetadataRecord]
    /// The first non-empty `<title>`, whitespace collapsed.
    public var title: String?
    /// `<meta name="description">`.
    public var description: String?
    /// `<meta property="og:title">`, else `twitter:title`.
    public var openGraphTitle: String?
    /// `<meta property="og:description">`, else `twitter:description`.
    public var openGraphDescription: String?
    /// `<html lang>` (else `xml:lang`), as written (e.g. `en-US`).
    public var language: String?
    /// Invalid UTF-8 sequences repaired (U+FFFD) before parsing.
    public var invalidUTF8Sequences: Int
    /// Elements walked (dropped ones not counted) and the deepest element depth met.
    public var elementCount: Int
    public var maxDepth: Int
    /// Start tags that had more than 64 attributes; the excess was dropped before parsing.
    public var cappedTags: Int
    /// Where each run of `text` came from in the parsed bytes (only when the extractor maps sources).
    var sourcePieces: [SourcePiece] = []

    public init(
        text: String, blocks: [HTMLTextBlock], nodes: [HTMLNode] = [], records: [HTMLMetadataRecord] = [],
        title: String? = nil, description: String? = nil,
        openGraphTitle: String? = nil, openGraphDescription: String? = nil, language: String? = nil,
        invalidUTF8Sequences: Int = 0, elementCount: Int = 0, maxDepth: Int = 0, cappedTags: Int = 0
    ) {
        self.text = text
        self.blocks = blocks
        self.nodes = nodes
        self.records = records
        self.title = title
        self.description = description
        self.openGraphTitle = openGraphTitle
        self.openGraphDescription = openGraphDescription
        self.language = language
        self.invalidUTF8Sequences = invalidUTF8Sequences
        self.elementCount = elementCount
        self.maxDepth = maxDepth
        self.cappedTags = cappedTags
    }

    /// The page title: `<title>`, else the Open Graph (or Twitter) title.
    public var bestTitle: String? { title ?? openGraphTitle }

    /// The page description: `<meta name=description>`, else the Open Graph (or Twitter) description.
    public var bestDescription: String? { description ?? openGraphDescription }

    /// The text of one block.
    public func text(of block: HTMLTextBlock) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: block.utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: block.utf8Range.count)
        return text[start..<end]
    }

    /// `sourcePieces` moved into `text(selecting:)`'s text.
    func sourcePieces(selecting selected: [Bool]) -> [SourcePiece] {
        let count = min(selected.count, blocks.count)
        var kept: [Range<Int>] = []
        var offsets: [Int] = []
        var offset = 0
        for index in 0..<count where selected[index] {
            if !kept.isEmpty { offset += 2 }
            kept.append(blocks[index].utf8Range)
            offsets.append(offset)
            offset += blocks[index].utf8Range.count
        }
        if kept.count == blocks.count { return sourcePieces }
        return SourcePiece.relocate(sourcePieces, keeping: kept, at: offsets)
    }

    /// The selected blocks joined by blank lines (`selected[i]` says whether block `i` is kept).
    /// With every block selected this is `text` itself, without a copy.
    public func text(selecting selected: [Bool]) -> String {
        let count = min(selected.count, blocks.count)
        var kept = 0
        for index in 0..<count where selected[index] { kept += 1 }
        if kept == blocks.count { return text }
        if kept == 0 { return "" }
        var source = text
        return source.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            for index in 0..<count where selected[index] {
                let range = blocks[index].utf8Range.clamped(to: 0..<bytes.count)
                if !output.isEmpty { output.append(contentsOf: [0x0A, 0x0A]) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
