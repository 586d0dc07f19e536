import SiftJSON

extension JSONWriter {
    /// Writes `"start":S,"end":E` for a span, converting UTF-16 offsets to code points with `text`.
    @inlinable
    public mutating func spanFields(_ span: TextSpan, in text: DocumentText?) {
        raw("\"start\":")
        integer(text?.codePointOffset(span.start) ?? span.start)
        raw(",\"end\":")
        integer(text?.codePointOffset(span.end) ?? span.end)
    }
}
