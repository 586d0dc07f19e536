import SiftCore
import SiftJSON

/// A processed document with accessors for assertions: covered substrings, code-point spans, and each
/// layer's JSON exactly as the output record would carry it.
public struct AnnotatedDocument: Sendable {
    public let document: Document
    public let text: DocumentText

    /// The document text.
    public var string: String { text.string }

    /// The value of a typed layer, if a stage added it.
    public func layer<Key: LayerKey>(_ key: Key.Type) -> Key.Value? { document.layers[key] }

    /// The substring each annotation of a span layer covers, in layer order (empty when the layer is
    /// absent or not a span layer).
    public func covered(_ layer: LayerName) -> [String] {
        spanLayer(layer)?.spans.map { text.substring($0) } ?? []
    }

    /// The spans of a span layer in code points (`text[start:end]` in Python terms).
    public func codePointSpans(_ layer: LayerName) -> [Range<Int>] {
        spanLayer(layer)?.spans.map { text.codePointOffset($0.start)..<text.codePointOffset($0.end) } ?? []
    }

    /// The layer as JSON, exactly as the output record writes it (offsets in code points).
    public func json(_ layer: LayerName) -> JSONValue? {
        guard let value = document.layers[layer] else { return nil }
        var writer = JSONWriter()
        value.writeJSON(to: &writer, text: text)
        return try? JSONParser().parse(writer.bytes)
    }

    /// The names of the layers the document carries, in the order they were added.
    public var layerNames: [LayerName] { document.layers.names }

    /// Problems with the spans of every span layer: out of the text, reversed, or splitting a surrogate
    /// pair. Empty when all is well (`#expect(result.spanProblems().isEmpty)`).
    public func spanProblems() -> [String] {
        var problems: [String] = []
        for name in document.layers.names {
            guard let layer = document.layers[name] as? any SpanLayerValue else { continue }
            for (index, span) in layer.spans.enumerated() {
                if span.start < 0 || span.end > text.count || span.start > span.end {
                    problems.append("\(name)[\(index)]: span \(span) outside the text (\(text.count) UTF-16 units) or reversed")
                } else if splitsPair(span.start) || splitsPair(span.end) {
                    problems.append("\(name)[\(index)]: span \(span) splits a surrogate pair")
                }
            }
        }
        return problems
    }

    private func splitsPair(_ offset: Int) -> Bool {
        offset > 0 && offset < text.count && text.utf16[offset] & 0xFC00 == 0xDC00
    }

    private func spanLayer(_ name: LayerName) -> (any SpanLayerValue)? {
        document.layers[name] as? any SpanLayerValue
    }
}
