import SiftCore

/// A span in Unicode code-point offsets (end exclusive), the unit of gold files and of the output.
public struct CodePointSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The span of `span` (UTF-16 offsets into `text`) in code points.
    public init(_ span: TextSpan, in text: DocumentText) {
        self.init(start: text.codePointOffset(span.start), end: text.codePointOffset(span.end))
    }

    public static func < (lhs: CodePointSpan, rhs: CodePointSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start), \(end))" }
}

/// One gold-annotated document of a segmentation corpus (e.g. `ud-ewt/dev.jsonl`).
///
/// Offsets are Unicode code points into `text`, as in the files (Python's `text[start:end]`).
public struct GoldDocument: Sendable {
    public var id: String
    public var text: String
    /// Gold sentences, in text order.
    public var sentences: [CodePointSpan]
    /// Gold surface tokens (`don't` is one token).
    public var tokens: [CodePointSpan]
    /// Gold syntactic words (`do` + `n't`); equal to `tokens` when the file has no `words`.
    public var words: [CodePointSpan]

    public init(id: String, text: String, sentences: [CodePointSpan], tokens: [CodePointSpan], words: [CodePointSpan]) {
        self.id = id
        self.text = text
        self.sentences = sentences
        self.tokens = tokens
        self.words = words
    }

    /// The same document with its text replaced by `text`, which must have the same code-point length
    /// (variants that swap one white-space character for another keep every gold offset valid).
    public func withText(_ text: String) -> GoldDocument {
        var copy = self
        copy.text = text
        return copy
    }
}
