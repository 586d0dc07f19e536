import SiftJSON

/// A sentence: its span and the range of token indices it covers.
public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    /// Indices into the `tokens` layer, `first..<end`.
    public var tokens: Range<Int>

    public init(span: TextSpan, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}

/// The `sentences` layer: sentences in text order, non-overlapping, each starting and ending on a token.
public enum SentencesLayer: LayerKey {
    public typealias Value = Sentences
    public static let name: LayerName = "sentences"
}

/// The value of the `sentences` layer.
public struct Sentences: LayerValue, Hashable {
    public var items: [Sentence]

    public init(_ items: [Sentence]) { self.items = items }

    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        writer.byte(UInt8(ascii: "["))
        for (index, sentence) in items.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "{"))
            writer.spanFields(sentence.span, in: text)
            writer.raw(",\"tokens\":[")
            writer.integer(sentence.tokens.lowerBound)
            writer.byte(UInt8(ascii: ","))
            writer.integer(sentence.tokens.upperBound)
            writer.raw("]}")
        }
        writer.byte(UInt8(ascii: "]"))
    }
}

extension Sentences: SpanLayerValue {
    public var spans: [TextSpan] { items.map(\.span) }
}
