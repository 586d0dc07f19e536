import SiftCore
import SiftJSON

/// `cleanup.html.v1`: turns a document's raw input into its clean text — the only stage that sets
/// `Document.text`.
///
/// - HTML (`RawContent.html`) goes through `HTMLExtractor` (libxml2 + an iterative DOM walk in C), then
///   an `HTMLBlockSelector` picks the blocks that form the text (today: all of them). The page title,
///   description and language become `metadata["title"]`, `["description"]`, `["language"]`; the title
///   is not part of the text unless `include_title` is set.
/// - Plain text (`RawContent.plainText`, `RawContent.text`) is normalised by `PlainTextNormalizer`.
/// - Bytes are read as UTF-8 (a BOM is stripped); invalid sequences become U+FFFD and are counted in
///   `diagnostics["invalid_utf8_sequences"]` (only when there are any).
/// - Start tags with more than 64 attributes lose the excess before parsing (libxml2 is quadratic in
///   them); `diagnostics["html_capped_tags"]` counts such tags (only when there are any).
public struct HTMLCleanupStage: Stage {
    /// The validated options (tag names lowercased).
    public let options: Options
    private let extractor: HTMLExtractor
    private let selector: any HTMLBlockSelector

    /// Builds the stage; throws `StageSetupError` for an out-of-range `max_input_bytes` or a bad tag name.
    public init(options: Options, context: StageContext) throws {
        let options = try options.validated()
        self.options = options
        self.extractor = HTMLExtractor(droppingTags: options.dropElements)
        self.selector = HTMLAllBlocks()
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
        case .html(let bytes):
            try processHTML(bytes, &document)
        case .plainText(let bytes):
            let (text, invalid) = bytes.withUnsafeBufferPointer { raw in
                InputDecoding.withValidUTF8(raw, mapControls: false) { utf8, invalid in
                    (PlainTextNormalizer.normalize(utf8: utf8), invalid)
                }
            }
            document.setText(text)
            recordInvalid(invalid, in: &document)
        case .text(let string):
            document.setText(PlainTextNormalizer.normalize(string))
        }
    }

    private func processHTML(_ bytes: [UInt8], _ document: inout Document) throws(StageError) {
        let extraction = try extractor.extract(bytes)
        var text = extraction.text(selecting: selector.select(in: extraction))
        let title = extraction.bestTitle
        if options.includeTitle, let title {
            text = text.isEmpty ? title : title + "\n\n" + text
        }
        document.setText(text)
        // Values the input record already carries (e.g. a JSON Lines `title`) are kept.
        if let title, document.metadata["title"] == nil { document.metadata["title"] = .string(title) }
        if let description = extraction.bestDescription, document.metadata["description"] == nil {
            document.metadata["description"] = .string(description)
        }
        if let language = extraction.language, document.metadata["language"] == nil {
            document.metadata["language"] = .string(language)
        }
        recordInvalid(extraction.invalidUTF8Sequences, in: &document)
        if extraction.cappedTags > 0 { document.diagnostics["html_capped_tags"] = .integer(extraction.cappedTags) }
    }

    private func recordInvalid(_ count: Int, in document: inout Document) {
        if count > 0 { document.diagnostics["invalid_utf8_sequences"] = .integer(count) }
    }
}
