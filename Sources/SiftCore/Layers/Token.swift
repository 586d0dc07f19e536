import SiftJSON

/// A token: a span of the text with its kind. Whitespace is never a token.
public struct Token: Sendable, Hashable {
    public var span: TextSpan
    public var kind: TokenKind

    public init(span: TextSpan, kind: TokenKind) {
        self.span = span
        self.kind = kind
    }
}

/// What a token is, from ICU's word-break rule status plus the tokenizer's own rules.
public enum TokenKind: String, Sendable, Hashable, CaseIterable {
    case word
    case number
    case punctuation
    case symbol
    case url
    case email
    /// `#hashtag` or `@handle`.
    case tag
    case emoji
    case other
}

/// The `tokens` layer: tokens in text order, non-overlapping.
public enum TokensLayer: LayerKey {
    public typealias Value = Tokens
    public static let name: LayerName = "tokens"
}

/// The value of the `tokens` layer.
public struct Tokens: LayerValue, Hashable {
    public var items: [Token]

    public init(_ items: [Token]) { self.items = items }

    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        writer.byte(UInt8(ascii: "["))
        for (index, token) in items.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "{"))
            writer.spanFields(token.span, in: text)
            writer.raw(",\"kind\":\"")
            writer.bytes.append(contentsOf: token.kind.rawValue.utf8)
            writer.raw("\"}")
        }
        writer.byte(UInt8(ascii: "]"))
    }
}

extension Tokens: SpanLayerValue {
    public var spans: [TextSpan] { items.map(\.span) }
}
