import SiftCore
import SiftJSON

/// A quotation: the quoted words (without the quote marks), and who said them when the sentence says so.
public struct Quotation: Sendable, Hashable {
    /// The quoted text, inside the quote marks, without outer whitespace.
    public var span: TextSpan
    /// The speaker as written (`Mayor Ana Ruiz`, `she`), when an attribution was found.
    public var speaker: TextSpan?
    /// The speech verb or phrase that attributes it (`said`, `according`), lowercased.
    public var cue: String?

    public init(span: TextSpan, speaker: TextSpan? = nil, cue: String? = nil) {
        self.span = span
        self.speaker = speaker
        self.cue = cue
    }
}

/// The `quotes` layer: quotations in text order, non-overlapping.
public enum QuotesLayer: LayerKey {
    public typealias Value = Quotations
    public static let name: LayerName = "quotes"
}

/// The value of the `quotes` layer. Written as
/// `[{"start","end","text","speaker":{"start","end","text"}|null,"cue":"said"|null}]`, offsets in code points.
public struct Quotations: SpanLayerValue, Hashable {
    public var items: [Quotation]

    public init(_ items: [Quotation]) { self.items = items }

    /// The quoted spans (speakers are nested, not listed here).
    public var spans: [TextSpan] { items.map(\.span) }

    /// The speaker spans of the quotations that have one, in order.
    public var speakerSpans: [TextSpan] { items.compactMap(\.speaker) }

    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        writer.byte(UInt8(ascii: "["))
        for (index, quote) in items.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "{"))
            writeSpan(quote.span, to: &writer, text: text)
            writer.raw(",\"speaker\":")
            if let speaker = quote.speaker {
                writer.byte(UInt8(ascii: "{"))
                writeSpan(speaker, to: &writer, text: text)
                writer.byte(UInt8(ascii: "}"))
            } else {
                writer.raw("null")
            }
            writer.raw(",\"cue\":")
            if let cue = quote.cue { writer.string(cue) } else { writer.raw("null") }
            writer.byte(UInt8(ascii: "}"))
        }
        writer.byte(UInt8(ascii: "]"))
    }

    private func writeSpan(_ span: TextSpan, to writer: inout JSONWriter, text: DocumentText?) {
        writer.spanFields(span, in: text)
        if let text {
            writer.raw(",\"text\":")
            writer.string(text.substring(span))
        }
    }
}
